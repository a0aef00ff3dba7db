using Polku.Domain.Clients;

namespace Polku.Domain.Tests.Clients;

/// <summary>Turvakielto (Act 661/2009 § 36): the address goes to the client's own responsible worker only.</summary>
public sealed class ClientAddressTests
{
    private const string Address = "Esimerkkikuja 3 B 12, 65100 Vaasa";
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();

    [Fact]
    public void Without_an_order_everyone_who_reads_the_client_sees_the_address()
    {
        Assert.Equal(Address, ClientAddress.Visible(Address, false, Worker, Colleague));
        Assert.Equal(Address, ClientAddress.Visible(Address, false, null, Colleague));
        Assert.False(ClientAddress.IsWithheld(false, Worker, Colleague));
    }

    [Fact]
    public void With_an_order_the_responsible_worker_sees_the_address()
    {
        Assert.Equal(Address, ClientAddress.Visible(Address, true, Worker, Worker));
        Assert.False(ClientAddress.IsWithheld(true, Worker, Worker));
    }

    [Fact]
    public void With_an_order_anyone_else_gets_nothing()
    {
        Assert.Null(ClientAddress.Visible(Address, true, Worker, Colleague));
        Assert.True(ClientAddress.IsWithheld(true, Worker, Colleague));
    }

    [Fact]
    public void With_an_order_and_no_responsible_worker_nobody_sees_the_address()
    {
        Assert.Null(ClientAddress.Visible(Address, true, null, Colleague));
        Assert.True(ClientAddress.IsWithheld(true, null, Colleague));
    }

    [Fact]
    public void An_unknown_reader_is_never_the_responsible_worker()
    {
        // A reader with no id (Guid.Empty), even against a record whose worker id is empty too.
        Assert.Null(ClientAddress.Visible(Address, true, Guid.Empty, Guid.Empty));
        Assert.Equal(Address, ClientAddress.Visible(Address, false, Guid.Empty, Guid.Empty));
    }

    [Fact]
    public void Being_withheld_says_nothing_of_whether_an_address_is_recorded()
    {
        Assert.True(ClientAddress.IsWithheld(true, Worker, Colleague));
        Assert.Null(ClientAddress.Visible(null, true, Worker, Colleague));
        Assert.Null(ClientAddress.Visible(null, true, Worker, Worker));
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    [InlineData(false, true, true)]
    public void The_client_overload_reads_the_same_facts(bool nonDisclosure, bool readerIsWorker, bool visible)
    {
        var client = new Client
        {
            FirstNames = "Mari", LastName = "Heikkinen", ServiceTaskCode = "local:test",
            Address = Address, NonDisclosure = nonDisclosure, ResponsibleWorkerId = Worker,
        };
        Assert.Equal(visible ? Address : null, ClientAddress.Visible(client, readerIsWorker ? Worker : Colleague));
    }
}
