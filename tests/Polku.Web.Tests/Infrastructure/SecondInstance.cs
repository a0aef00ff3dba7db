using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Polku.Data;
using Polku.Domain.Services;
using Polku.Web.Features.Commitments;

namespace Polku.Web.Tests.Infrastructure;

/// <summary>Counts what was sent, by notice, across every app instance that shares it.</summary>
public sealed class CountingNoticeSender : INoticeSender
{
    public ConcurrentDictionary<Guid, int> Sent { get; } = new();

    public Task SendAsync(ProviderNotice notice, CancellationToken cancellationToken)
    {
        Sent.AddOrUpdate(notice.Id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}

/// <summary>Another app instance on a database that already exists: a second node, or the app after a restart.</summary>
public sealed class SecondInstance(string provider, string connectionString, INoticeSender sender, DateTimeOffset now) : PolkuFactory
{
    protected override string Provider => provider;

    protected override string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Time.SetUtcNow(now);
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(sender));
    }

    /// <summary>One run of the scheduled jobs on this instance, as its worker does it every interval.</summary>
    public Task RunJobsAsync(string node) =>
        NoticeJobWorker.RunOnceAsync(Services.GetRequiredService<IServiceScopeFactory>(), node, NullLogger.Instance, CancellationToken.None);

    protected override async Task DisposeDatabaseAsync() => await DisposeAsync();

    public static async Task<SecondInstance> OnSameDatabaseAsync(PolkuFactory first, string provider, INoticeSender sender)
    {
        using var scope = first.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<PolkuDbContext>().Database.GetConnectionString()!;
        var instance = new SecondInstance(provider, connection, sender, first.Time.GetUtcNow());
        await instance.InitializeAsync();
        return instance;
    }
}
