using System.Globalization;

namespace Polku.Bench.Load;

/// <summary>
/// A generated worker as the driver needs them: who they are, the clients they are responsible for, and those
/// clients' decisions, assessments and plans (by table name), so record pages are opened as a worker opens them.
/// </summary>
public sealed record WorkerFacts(
    string UserName, Guid Id, Guid OrganisationId, string OrganisationCode, IReadOnlyList<Guid> ClientIds, IReadOnlyList<string> SearchTerms,
    IReadOnlyDictionary<string, IReadOnlyList<Guid>> Records)
{
    private const int ClientsKept = 20;

    /// <summary>The tables of the record pages the driver opens; each has a ClientId.</summary>
    public static readonly string[] RecordTables = ["Decisions", "Assessments", "Plans"];

    /// <summary>
    /// The social workers and counsellors who have clients of their own, taken in turn from each organisation so that
    /// a few hundred users spread over all of them.
    /// </summary>
    public static async Task<IReadOnlyList<WorkerFacts>> LoadAsync(BenchDb db, CancellationToken cancellationToken)
    {
        var workers = new List<(string UserName, Guid Id, Guid Org, string Code)>();
        await using (var connection = await db.Source.OpenConnectionAsync(cancellationToken))
        await using (var command = BenchDb.Command(connection, """
            select u."UserName", e."Id", e."OrganisationId", o."Code"
            from "AspNetUsers" u join "Employees" e on e."Id" = u."Id" join "Organisations" o on o."Id" = e."OrganisationId"
            where exists (select 1 from "EmployeeRole" r where r."EmployeeId" = e."Id" and r."Role" in ('SocialWorker', 'SocialCounsellor'))
            order by o."Code", u."UserName"
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                workers.Add((reader.GetString(0), BenchDb.ReadId(reader, 1), BenchDb.ReadId(reader, 2), reader.GetString(3)));
            }
        }

        var clients = await OwnAsync(db, """
            select "ResponsibleWorkerId", "Id", "LastName" from "Clients" where "ResponsibleWorkerId" is not null order by "Id"
            """, cancellationToken);
        var records = new Dictionary<string, Dictionary<Guid, List<(Guid Id, string LastName)>>>();
        foreach (var table in RecordTables)
        {
            records[table] = await OwnAsync(db, $"""
                select c."ResponsibleWorkerId", r."Id", c."LastName" from "{table}" r join "Clients" c on c."Id" = r."ClientId"
                where c."ResponsibleWorkerId" is not null order by r."Id"
                """, cancellationToken);
        }

        // Only workers with a record of every kind, so each page is asked of everyone.
        var facts = workers
            .Where(w => clients.ContainsKey(w.Id) && RecordTables.All(t => records[t].ContainsKey(w.Id)))
            .Select(w => new WorkerFacts(w.UserName, w.Id, w.Org, w.Code, clients[w.Id].Select(c => c.Id).ToList(),
                clients[w.Id].Select(c => SearchPrefix(c.LastName)).Distinct(StringComparer.Ordinal).ToList(),
                RecordTables.ToDictionary(t => t, t => (IReadOnlyList<Guid>)records[t][w.Id].Select(r => r.Id).ToList())));
        return Interleave(facts.GroupBy(f => f.OrganisationCode, StringComparer.Ordinal).Select(g => g.ToList()).ToList());
    }

    /// <summary>Rows of (worker, id, client surname), at most <see cref="ClientsKept"/> a worker.</summary>
    private static async Task<Dictionary<Guid, List<(Guid Id, string LastName)>>> OwnAsync(BenchDb db, string sql, CancellationToken cancellationToken)
    {
        var own = new Dictionary<Guid, List<(Guid Id, string LastName)>>();
        await using var connection = await db.Source.OpenConnectionAsync(cancellationToken);
        await using var command = BenchDb.Command(connection, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var worker = BenchDb.ReadId(reader, 0);
            if (!own.TryGetValue(worker, out var rows))
            {
                own[worker] = rows = [];
            }

            if (rows.Count < ClientsKept)
            {
                rows.Add((BenchDb.ReadId(reader, 1), reader.GetString(2)));
            }
        }

        return own;
    }

    /// <summary>The first three letters, lower case, as a worker starts typing a surname.</summary>
    public static string SearchPrefix(string lastName) => lastName[..Math.Min(3, lastName.Length)].ToLower(CultureInfo.InvariantCulture);

    private static List<WorkerFacts> Interleave(List<List<WorkerFacts>> byOrganisation)
    {
        var result = new List<WorkerFacts>();
        for (var i = 0; byOrganisation.Any(o => i < o.Count); i++)
        {
            result.AddRange(byOrganisation.Where(o => i < o.Count).Select(o => o[i]));
        }

        return result;
    }
}
