using Npgsql;
using Polku.Data;

namespace Polku.Web.Tests.Operations;

/// <summary>Polku's PostgreSQL connections prepare statements, skip the JIT and the pooled reset — unless the operator says otherwise.</summary>
public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_the_defaults()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString("Host=db;Database=polku;Username=polku"));

        Assert.Equal(20, builder.MaxAutoPrepare);
        Assert.True(builder.NoResetOnClose);
        Assert.Contains("-c jit=off", builder.Options);
    }

    [Fact]
    public void The_operators_choices_are_kept()
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(
            "Host=db;Database=polku;Username=polku;Max Auto Prepare=5;No Reset On Close=false;Options=-c jit=on"));

        Assert.Equal(5, builder.MaxAutoPrepare);
        Assert.False(builder.NoResetOnClose);
        Assert.Equal("-c jit=on", builder.Options);
    }
}
