using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;

namespace Polku.Bench.Load;

/// <summary>
/// What a worker sees, as the simplest SQL: clients of their own organisation they are responsible for, of their
/// service tasks (the whole organisation's under a service-task policy, else their unit's), whose open referral they
/// handle, or opened by a stated reason. The worker's facts are read once, as the app reads them into the cookie.
/// </summary>
public sealed record FloorScope(Guid UserId, Guid OrganisationId, Guid? UnitId, IReadOnlyList<string> ServiceTasks, bool ByServiceTask)
{
    private static readonly ConcurrentDictionary<Guid, FloorScope> Cache = new();

    public static async Task<FloorScope> OfAsync(BenchDb db, Guid userId, Guid organisationId, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        await using var connection = await db.Source.OpenConnectionAsync(cancellationToken);
        await using var command = BenchDb.Command(connection, """
            select e."UnitId", t."ServiceTaskCode", o."AccessPolicy"
            from "Employees" e join "Organisations" o on o."Id" = e."OrganisationId"
            left join "EmployeeServiceTask" t on t."EmployeeId" = e."Id"
            where e."Id" = @user and e."OrganisationId" = @org
            """);
        BenchDb.Add(command, "user", db.Id(userId));
        BenchDb.Add(command, "org", db.Id(organisationId));
        Guid? unit = null;
        var tasks = new List<string>();
        var byTask = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                unit = BenchDb.ReadOptionalId(reader, 0);
                if (BenchDb.ReadText(reader, 1) is { } task)
                {
                    tasks.Add(task);
                }

                byTask = reader.GetString(2) == "ServiceTask";
            }
        }

        return Cache.GetOrAdd(userId, new FloorScope(userId, organisationId, unit, tasks, byTask));
    }

    /// <summary>The predicate on the client alias <paramref name="c"/>; adds its parameters to the command.</summary>
    public string Visible(BenchDb db, DbCommand command, string c)
    {
        BenchDb.Add(command, "user", db.Id(UserId));
        BenchDb.Add(command, "org", db.Id(OrganisationId));
        BenchDb.Add(command, "now", db.Time(DateTimeOffset.UtcNow));
        var sql = new StringBuilder();
        sql.Append(c).Append(".\"OrganisationId\" = @org and (").Append(c).Append(".\"ResponsibleWorkerId\" = @user");
        if (ServiceTasks.Count > 0)
        {
            var tasks = string.Join(", ", ServiceTasks.Select((_, i) => "@task" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            for (var i = 0; i < ServiceTasks.Count; i++)
            {
                BenchDb.Add(command, "task" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ServiceTasks[i]);
            }

            if (ByServiceTask)
            {
                sql.Append(" or ").Append(c).Append(".\"ServiceTaskCode\" in (").Append(tasks).Append(')');
            }
            else if (UnitId is { } unit)
            {
                BenchDb.Add(command, "unit", db.Id(unit));
                sql.Append(" or (").Append(c).Append(".\"ServiceTaskCode\" in (").Append(tasks).Append(") and ").Append(c).Append(".\"UnitId\" = @unit)");
            }
        }

        sql.Append(" or exists (select 1 from \"Referrals\" h where h.\"ClientId\" = ").Append(c)
            .Append(".\"Id\" and h.\"HandlerId\" = @user and h.\"Status\" <> 'Closed')");
        sql.Append(" or exists (select 1 from \"StatedReasonAccesses\" s where s.\"ClientId\" = ").Append(c)
            .Append(".\"Id\" and s.\"EmployeeId\" = @user and s.\"ExpiresAt\" > @now))");
        return sql.ToString();
    }
}
