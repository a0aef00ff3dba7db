using Polku.Domain.Clients;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Services;

namespace Polku.Data.Seed;

/// <summary>
/// Vaasa's waiting lists: Työpaja Upseeri's queue of months (young adults waiting 20–160 days, one urgent), with
/// starts and a withdrawal over the past year so its yearly figures mean something, and a client guided to Klaara.
/// Eetu Mäkinen is left out of every queue: putting him in one is for the demo user to do.
/// </summary>
internal sealed class DemoQueues(PolkuDbContext db, Organisation organisation, IReadOnlyList<Unit> teams, IReadOnlyDictionary<string, Employee> staff, DateOnly today)
{
    // Temporary individual numbers 960–999: valid codes that belong to no real person, apart from DemoClients' 900–959.
    private int individualNumber = 960;

    public void Add()
    {
        if (organisation.Code != DemoData.VaasaCode)
        {
            return;
        }

        var services = db.Services.Local.Where(s => s.OrganisationId == organisation.Id).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var upseeri = services["upseeri"];
        var worker = staff["demo.sw"];
        var counsellor = staff["demo.sc"];

        // Waiting now: (last name, first names, age, days waited, urgent).
        foreach (var (last, first, age, days, urgent) in new[]
        {
            ("Rantala", "Joona", 21, 160, false),
            ("Forsman", "Ella", 24, 138, false),
            ("Kivelä", "Niko", 19, 117, false),
            ("Hautamäki", "Aino", 27, 96, false),
            ("Huttunen", "Leevi", 22, 74, false),
            ("Vesterinen", "Oona", 18, 51, true),
            ("Backman", "Oliver", 25, 35, false),
            ("Lehto", "Siiri", 29, 20, false),
        })
        {
            var client = Person(last, first, age, days, worker);
            Queue(client, upseeri, days, urgent, worker);
        }

        // Started and withdrawn during the past year: (last name, first names, age, joined days ago, waited days, started).
        foreach (var (last, first, age, joined, waited, started) in new[]
        {
            ("Ojala", "Eino", 23, 330, 142, true),
            ("Ruuskanen", "Venla", 20, 250, 121, true),
            ("Koskela", "Aleksi", 26, 190, 98, true),
            ("Ahlroos", "Emma", 28, 170, 45, false),
        })
        {
            var client = Person(last, first, age, joined, counsellor);
            var entry = Queue(client, upseeri, joined, false, counsellor);
            if (started)
            {
                entry.Start(today.AddDays(-joined + waited));
            }
            else
            {
                entry.Withdraw(today.AddDays(-joined + waited));
            }
        }

        // A young client guided to the youth station without a decision.
        var guided = Person("Grönlund", "Saga", 17, 12, counsellor, "sv");
        db.ServiceGuidance.Add(new ServiceGuidance
        {
            OrganisationId = organisation.Id, ClientId = guided.Id, ServiceId = services["klaara"].Id, On = today.AddDays(-5), ById = counsellor.Id,
            Note = "Ohjattu Klaaraan keskustelemaan opiskelupaikasta; ei päätöstä tarvita.",
        });
    }

    private QueueEntry Queue(Client client, Service service, int daysAgo, bool urgent, Employee by)
    {
        var entry = QueueEntry.Join(client.Id, service.Id, today.AddDays(-daysAgo), urgent, organisation.Id, addedById: by.Id);
        db.QueueEntries.Add(entry);
        return entry;
    }

    /// <summary>A client of the worker's team, registered a few weeks before joining the queue, of this age then and now.</summary>
    private Client Person(string lastName, string firstNames, int age, int daysAgo, Employee worker, string language = "fi")
    {
        // Born so that the client is of this age today and was within the range when joining.
        var birthDate = today.AddYears(-age).AddDays(-(daysAgo % 300) - 20);
        var client = new Client
        {
            OrganisationId = organisation.Id,
            UnitId = teams.Count > 0 ? teams[0].Id : null,
            ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
            IdentityCode = PersonalIdentityCode.Create(birthDate, individualNumber++).Value,
            BirthDate = birthDate,
            FirstNames = firstNames,
            LastName = lastName,
            Language = language,
            Municipality = organisation.Name.Fi,
            ResponsibleWorkerId = worker.Id,
            RegisteredAt = new DateTimeOffset(today.AddDays(-daysAgo - 21).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
        client.Rename(firstNames, lastName);
        db.Clients.Add(client);
        db.ResponsibleWorkerAssignments.Add(new ResponsibleWorkerAssignment
        {
            ClientId = client.Id, EmployeeId = worker.Id, StartedAt = client.RegisteredAt, AssignedBy = worker.Id,
        });
        return client;
    }
}
