using Microsoft.EntityFrameworkCore;
using Polku.Domain.Common;
using Polku.Domain.People;

namespace Polku.Data.Seed;

/// <summary>
/// Service tasks every database starts with. These are local placeholder codes until the national
/// code set (OID 1.2.246.537.6.1221) is imported; an administrator maps them then.
/// </summary>
public static class ServiceTaskSeed
{
    public const string WorkingAgeSocialRehabilitation = "local:working-age-social-rehabilitation";
    public const string WorkingAgeSocialWork = "local:working-age-social-work";

    public static IReadOnlyList<ServiceTask> Defaults { get; } =
    [
        new()
        {
            Code = WorkingAgeSocialRehabilitation,
            Name = new("Työikäisten sosiaalinen kuntoutus", "Social rehabilitering för personer i arbetsför ålder", "Social rehabilitation of working-age adults"),
        },
        new()
        {
            Code = WorkingAgeSocialWork,
            Name = new("Työikäisten sosiaalityö", "Socialt arbete för personer i arbetsför ålder", "Social work with working-age adults"),
        },
    ];

    public static async Task EnsureAsync(PolkuDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.ServiceTasks.Select(t => t.Code).ToListAsync(cancellationToken);
        db.ServiceTasks.AddRange(Defaults.Where(t => !existing.Contains(t.Code))
            .Select(t => new ServiceTask { Code = t.Code, Name = t.Name }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
