using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Access;
using Polku.Domain.Assessments;
using Polku.Domain.Audit;
using Polku.Domain.ClientRecord;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Instruments;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Referrals;
using Polku.Domain.Services;

namespace Polku.Bench.Generation;

/// <summary>What a run wrote, table by table.</summary>
public sealed record GenerationReport(IReadOnlyList<TableStats> Tables, TimeSpan Elapsed)
{
    public long Rows => Tables.Sum(t => t.Rows);

    public long RowsOf(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}

/// <summary>
/// Builds the benchmark data: organisations, their staff with sign-in accounts, and clients at every step of the
/// process, all from one seeded <see cref="Random"/> and dated relative to <see cref="GenerateOptions.Today"/>, so the
/// same options give the same rows. Entities are made through the domain's own constructors and methods, then
/// written in bulk as the EF model maps them.
/// </summary>
public sealed partial class DataGenerator
{
    /// <summary>The password of every generated account.</summary>
    public const string Password = "Polku-bench-2026";

    /// <summary>The first organisation's code; user names are the code, a dot and the role's short name with a number.</summary>
    public const string FirstOrganisationCode = "B01";

    private const int ClientsPerWorker = 60;
    private const int WorkersPerTeam = 12;
    private const int ClientsPerGroup = 29;
    private const int GroupMembers = 12;
    private const int GroupWeeks = 40;
    private const int ClientsPerBatch = 5_000;
    private const int DecisionsPerClient = 5;
    private const int ReferralsPerClient = 4;
    private const int MeasurementsPerClient = 8;

    // Wellbeing services counties, Helsinki and Åland's social services: the organisations of a national instance, with
    // their populations in thousands, by which a national run shares out its clients.
    private static readonly (string Fi, string Sv, string Town, double SwedishShare, int Population)[] Regions =
    [
        ("Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde", "Vaasa", 0.45, 176),
        ("Itä-Uudenmaan hyvinvointialue", "Östra Nylands välfärdsområde", "Porvoo", 0.3, 99),
        ("Keski-Uudenmaan hyvinvointialue", "Mellersta Nylands välfärdsområde", "Hyvinkää", 0.02, 202),
        ("Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde", "Espoo", 0.15, 483),
        ("Vantaan ja Keravan hyvinvointialue", "Vanda och Kervo välfärdsområde", "Vantaa", 0.02, 283),
        ("Varsinais-Suomen hyvinvointialue", "Egentliga Finlands välfärdsområde", "Turku", 0.05, 486),
        ("Satakunnan hyvinvointialue", "Satakunta välfärdsområde", "Pori", 0.01, 214),
        ("Kanta-Hämeen hyvinvointialue", "Egentliga Tavastlands välfärdsområde", "Hämeenlinna", 0.01, 170),
        ("Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde", "Tampere", 0.01, 530),
        ("Päijät-Hämeen hyvinvointialue", "Päijänne-Tavastlands välfärdsområde", "Lahti", 0.01, 205),
        ("Kymenlaakson hyvinvointialue", "Kymmenedalens välfärdsområde", "Kotka", 0.01, 163),
        ("Etelä-Karjalan hyvinvointialue", "Södra Karelens välfärdsområde", "Lappeenranta", 0.01, 126),
        ("Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde", "Mikkeli", 0.01, 130),
        ("Pohjois-Savon hyvinvointialue", "Norra Savolax välfärdsområde", "Kuopio", 0.01, 248),
        ("Pohjois-Karjalan hyvinvointialue", "Norra Karelens välfärdsområde", "Joensuu", 0.01, 163),
        ("Keski-Suomen hyvinvointialue", "Mellersta Finlands välfärdsområde", "Jyväskylä", 0.01, 275),
        ("Etelä-Pohjanmaan hyvinvointialue", "Södra Österbottens välfärdsområde", "Seinäjoki", 0.01, 191),
        ("Keski-Pohjanmaan hyvinvointialue", "Mellersta Österbottens välfärdsområde", "Kokkola", 0.1, 77),
        ("Pohjois-Pohjanmaan hyvinvointialue", "Norra Österbottens välfärdsområde", "Oulu", 0.01, 416),
        ("Kainuun hyvinvointialue", "Kajanalands välfärdsområde", "Kajaani", 0.01, 71),
        ("Lapin hyvinvointialue", "Lapplands välfärdsområde", "Rovaniemi", 0.01, 176),
        ("Helsingin kaupunki", "Helsingfors stad", "Helsinki", 0.06, 664),
        ("Kommunernas socialtjänst", "Kommunernas socialtjänst", "Mariehamn", 0.95, 30),
    ];

    private static readonly (EntryKind Kind, string Fi, string Sv)[] EntryTexts =
    [
        (EntryKind.Contact, "Tapaaminen toimistolla, käytiin läpi arjen tilanne ja seuraavat askeleet.", "Möte på kontoret, vi gick igenom vardagen och nästa steg."),
        (EntryKind.PhoneCall, "Puhelu asiakkaalle: muistutettu huomisesta ryhmästä.", "Samtal till klienten: påminnelse om gruppen i morgon."),
        (EntryKind.HomeVisit, "Kotikäynti, asunto siisti, ruokaa jääkaapissa. Sovittu seuraava käynti.", "Hembesök, bostaden städad. Nästa besök överenskommet."),
        (EntryKind.GoingAlong, "Lähdetty yhdessä Kelan toimistoon hakemaan kuntoutusrahaa.", "Följt med till FPA för att ansöka om rehabiliteringspenning."),
        (EntryKind.GuidanceToLowThresholdGroup, "Ohjattu matalan kynnyksen ryhmään, asiakas kiinnostunut.", "Hänvisad till lågtröskelgrupp, klienten är intresserad."),
        (EntryKind.NetworkMeeting, "Verkostopalaveri: psykiatrian poliklinikka, TE-palvelut ja asiakas.", "Nätverksmöte med psykiatriska polikliniken, TE-tjänster och klienten."),
        (EntryKind.Note, "Asiakas ilmoitti muuttaneensa, osoite päivitetty.", "Klienten har flyttat, adressen uppdaterad."),
    ];

    // The catalogue of each organisation: its own services, two bought from providers (by the day, by the month) and a
    // third-sector open group anyone may be guided to without a decision. Provider: index into the organisation's providers.
    private static readonly (string Code, ServiceType Type, string Fi, string Sv, string En, string? DecisionType, int? Provider, decimal? Price, CommitmentUnit? Unit)[] ServiceKinds =
    [
        ("group", ServiceType.GroupActivity, "Ryhmätoiminta", "Gruppverksamhet", "Group activity", "support-person-activity", null, null, null),
        ("guidance", ServiceType.IndividualGuidance, "Yksilöohjaus", "Individuell handledning", "Individual guidance", "rehabilitation-counsellor", null, null, null),
        ("workshop", ServiceType.Workshop, "Nuorten työpaja", "Ungdomsverkstad", "Youth workshop", "workshop-activity", 0, 48.50m, CommitmentUnit.Day),
        ("work", ServiceType.WorkActivity, "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity", "rehabilitative-work-activity", null, null, null),
        ("home", ServiceType.HomeRehabilitation, "Kotikuntoutus", "Hemrehabilitering", "Home rehabilitation", "home-rehabilitation", null, null, null),
        ("day", ServiceType.DayActivity, "Päivätoiminta", "Dagverksamhet", "Day activity", "support-person-activity", 1, 410m, CommitmentUnit.Month),
        ("open", ServiceType.GroupActivity, "Avoin kohtaamispaikka", "Öppen mötesplats", "Open meeting place", null, 2, null, null),
    ];

    private static readonly string[] ReferralSources = ["self", "relative", "health-services", "kela", "te-office", "housing-services", "employment-services", "other-authority"];

    private readonly GenerateOptions options;
    private readonly Random random;
    private readonly DateTimeOffset now;
    private readonly string passwordHash;

    public DataGenerator(GenerateOptions options)
    {
        this.options = options;
        random = new Random(options.Seed);
        now = new DateTimeOffset(options.Today, new TimeOnly(8, 0), TimeSpan.Zero);
        // One hash for every account: hashing is made slow on purpose, and the load driver needs one password only.
        passwordHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Password);
    }

    /// <summary>Creates the schema through the app's migrations and seeds, then loads the data.</summary>
    public static async Task<GenerationReport> RunAsync(GenerateOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        var builder = new DbContextOptionsBuilder<PolkuDbContext>();
        DatabaseSetup.Configure(builder, options.Provider, options.EffectiveConnectionString, Directory.GetCurrentDirectory());
        await using var db = new PolkuDbContext(builder.Options);
        var clock = Stopwatch.StartNew();
        var generator = new DataGenerator(options);
        await ReferenceData.PrepareAsync(db, generator.now, cancellationToken);
        if (await db.Organisations.AnyAsync(o => o.Code == FirstOrganisationCode, cancellationToken))
        {
            throw new InvalidOperationException($"The database already holds generated data (organisation {FirstOrganisationCode}); start from an empty one.");
        }

        await output.WriteLineAsync(FormattableString.Invariant(
            $"Generating {options.Size.Name} ({options.Size.Organisations} organisations, {options.Size.Clients:N0} clients) on {options.Provider}, seed {options.Seed}, today {options.Today:yyyy-MM-dd}; schema ready in {clock.Elapsed.TotalSeconds:F1} s."));
        await using var loader = await BulkLoader.OpenAsync(db, cancellationToken);
        var wheel = await db.Instruments.AsNoTracking()
            .Where(i => i.OrganisationId == Instrument.National && i.Key == InstrumentSeed.LifeSituationWheel)
            .OrderByDescending(i => i.VersionNumber).FirstAsync(cancellationToken);
        var shares = ClientShares(options.Size);
        for (var o = 0; o < options.Size.Organisations; o++)
        {
            var clients = shares[o];
            await generator.OrganisationAsync(loader, db, o, clients, wheel, cancellationToken);
            await output.WriteLineAsync(FormattableString.Invariant($"  organisation {o + 1}/{options.Size.Organisations}: {clients:N0} clients, {clock.Elapsed.TotalSeconds:F1} s"));
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }

        var report = new GenerationReport(loader.Stats, clock.Elapsed);
        await Print(report, output);
        return report;
    }

    /// <summary>Clients of each organisation in proportion to its population, the rounding left to the largest.</summary>
    internal static int[] ClientShares(DataSize size)
    {
        var population = Enumerable.Range(0, size.Organisations).Select(o => (double)Regions[o % Regions.Length].Population).ToArray();
        var total = population.Sum();
        var shares = population.Select(p => (int)(size.Clients * p / total)).ToArray();
        shares[Array.IndexOf(population, population.Max())] += size.Clients - shares.Sum();
        return shares;
    }

    private static async Task Print(GenerationReport report, TextWriter output)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"table",-30} {"rows",12} {"rows/s",12}");
        foreach (var table in report.Tables)
        {
            await output.WriteLineAsync(FormattableString.Invariant($"{table.Table,-30} {table.Rows,12:N0} {table.RowsPerSecond,12:N0}"));
        }

        var writing = report.Tables.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        await output.WriteLineAsync(FormattableString.Invariant(
            $"{"total",-30} {report.Rows,12:N0} {report.Rows / Math.Max(writing.TotalSeconds, 1e-9),12:N0}   ({writing.TotalSeconds:F1} s writing, {report.Elapsed.TotalSeconds:F1} s in all)"));
    }

    internal sealed record Staff(Employee Employee, Role Role);

    private async Task OrganisationAsync(BulkLoader loader, PolkuDbContext db, int index, int clientCount, Instrument wheel, CancellationToken cancellationToken)
    {
        var region = Regions[index % Regions.Length];
        var code = string.Create(CultureInfo.InvariantCulture, $"B{index + 1:D2}");
        var prefix = code.ToLowerInvariant();
        var since = options.Today.AddYears(-3);
        var organisation = new Organisation
        {
            Id = Id(At(since)),
            Code = code,
            Name = new LocalizedName(region.Fi, region.Sv, region.Fi),
            Kind = index == Regions.Length - 2 ? OrganisationKind.Municipality : OrganisationKind.WellbeingServicesCounty,
            Languages = region.SwedishShare > 0.5 ? ["sv", "fi"] : region.SwedishShare >= 0.1 ? ["fi", "sv"] : ["fi"],
            AccessPolicy = AccessPolicy.ServiceTask,
        };
        await loader.LoadAsync([organisation], cancellationToken);

        // One unit of social rehabilitation with teams of about a dozen workers.
        var workers = Math.Max(2, clientCount / ClientsPerWorker);
        var unit = new Unit { Id = Id(At(since)), OrganisationId = organisation.Id, Name = new LocalizedName("Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation"), Kind = UnitKind.Unit, TargetGroup = "18–64" };
        var teams = Enumerable.Range(1, Math.Max(1, (workers + WorkersPerTeam - 1) / WorkersPerTeam))
            .Select(t => new Unit
            {
                Id = Id(At(since)),
                OrganisationId = organisation.Id,
                ParentUnitId = unit.Id,
                Name = new LocalizedName($"{region.Town}, tiimi {t}", $"{region.Town}, team {t}", $"{region.Town}, team {t}"),
                Kind = UnitKind.Team,
                TargetGroup = t % 3 == 1 ? "18–29" : "25+",
            }).ToList();
        await loader.LoadAsync([unit, .. teams], cancellationToken);

        var providers = Providers(organisation, region.Town, since);
        await loader.LoadAsync(providers.Select(p => p.Organisation), cancellationToken);
        await loader.LoadAsync(providers.Select(p => p.Partnership), cancellationToken);

        var registrar = Employee(organisation, unit.Id, $"{prefix}.registrar", "kirjaaja", Role.Registrar);
        var staff = new List<Staff> { Employee(organisation, unit.Id, $"{prefix}.admin", "pääkäyttäjä", Role.Administrator), registrar };
        staff.AddRange(teams.Select((team, t) => Employee(organisation, team.Id, string.Create(CultureInfo.InvariantCulture, $"{prefix}.lead{t + 1:D2}"), "johtava sosiaalityöntekijä", Role.LeadingSocialWorker)));
        var caseWorkers = Enumerable.Range(0, workers).Select(w => w % 3 == 0
                ? Employee(organisation, teams[w % teams.Count].Id, string.Create(CultureInfo.InvariantCulture, $"{prefix}.w{w + 1:D4}"), "sosiaalityöntekijä", Role.SocialWorker)
                : Employee(organisation, teams[w % teams.Count].Id, string.Create(CultureInfo.InvariantCulture, $"{prefix}.w{w + 1:D4}"), "sosiaaliohjaaja", Role.SocialCounsellor))
            .ToList();
        staff.AddRange(caseWorkers);
        staff.AddRange(providers.Select(p => p.Staff));
        await loader.LoadAsync(staff.Select(s => s.Employee), cancellationToken);
        await loader.LoadAsync(staff.SelectMany(s => s.Employee.Roles), cancellationToken);
        await loader.LoadAsync(staff.SelectMany(s => s.Employee.ServiceTasks), cancellationToken);
        await loader.LoadAsync(staff.Select(s => Account(s.Employee)), cancellationToken);

        var settings = Settings(organisation, region.Town, since);
        await loader.LoadAsync([settings.Services], cancellationToken);
        await loader.LoadAsync([settings.Chain], cancellationToken);
        await loader.LoadAsync([settings.Appeal], cancellationToken);

        var services = ServiceKinds.Select(kind => new Service
        {
            Id = Id(At(since)),
            OrganisationId = organisation.Id,
            Code = $"{prefix}-{kind.Code}",
            Name = new LocalizedName(kind.Fi, kind.Sv, kind.En),
            Description = new ServiceDescription($"{kind.Fi} {region.Town}ssa.", $"{kind.Sv} i {region.Town}."),
            Type = kind.Type,
            Producer = kind.Provider is { } p ? (providers[p].Partnership.Mode == ProductionMode.Purchased ? ProducerType.Purchased : ProducerType.ThirdSector) : ProducerType.Own,
            ProviderId = kind.Provider is { } provider ? providers[provider].Organisation.Id : null,
            UnitId = kind.Provider is null ? unit.Id : null,
            Languages = organisation.Languages,
            MinAge = kind.Type == ServiceType.Workshop ? 17 : 18,
            MaxAge = kind.Type == ServiceType.Workshop ? 29 : 64,
            TargetGroup = kind.Type == ServiceType.Workshop ? "17–29" : "18–64",
            Capacity = kind.DecisionType is null ? null : Math.Max(10, clientCount / 20),
            UnitPrice = kind.Price,
            PriceUnit = kind.Unit,
            RequiresDecision = kind.DecisionType is not null,
            DecisionTypeCode = kind.DecisionType,
            ActiveFrom = since,
        }).ToList();
        await loader.LoadAsync(services, cancellationToken);

        var clients = Clients(organisation, region.Town, region.SwedishShare, teams, caseWorkers, clientCount);
        await loader.LoadAsync(clients.Select(c => c.Client), cancellationToken);
        await loader.LoadAsync(clients.Select(c => new ResponsibleWorkerAssignment
        {
            Id = Id(c.Client.RegisteredAt),
            ClientId = c.Client.Id,
            EmployeeId = c.Worker.Employee.Id,
            StartedAt = c.Client.RegisteredAt,
            AssignedBy = c.Worker.Employee.Id,
        }), cancellationToken);

        // Clients a batch at a time, so memory stays bounded however large the organisation.
        var context = new OrganisationContext(organisation, services, providers, settings, wheel);
        foreach (var batch in clients.Chunk(ClientsPerBatch))
        {
            await ClientBatchAsync(loader, db, context, batch, cancellationToken);
        }

        await GroupsAsync(loader, organisation, services[0], caseWorkers, clients, cancellationToken);
        await loader.LoadAsync(StatedReasons(organisation, clients, caseWorkers, registrar), cancellationToken);
    }

    /// <summary>A decision and the service it grants.</summary>
    private sealed record Decided(Decision Decision, Service Service);

    /// <summary>What every client of an organisation is generated against.</summary>
    private sealed record OrganisationContext(Organisation Organisation, List<Service> Services, List<ProviderSetup> Providers, OrganisationSettings Settings, Instrument Wheel);

    private async Task ClientBatchAsync(BulkLoader loader, PolkuDbContext db, OrganisationContext context, ClientRow[] batch, CancellationToken cancellationToken)
    {
        var organisation = context.Organisation;
        var paths = batch.Select(c => Path(organisation, c)).ToList();
        await loader.LoadAsync(paths.SelectMany(p => p.Referrals), cancellationToken);
        await loader.LoadAsync(paths.Select(p => p.Assessment).OfType<Assessment>(), cancellationToken);
        await loader.LoadAsync(paths.SelectMany(p => Entries(organisation, p)), cancellationToken);

        var dispatches = new List<DecisionDispatch>();
        var decided = paths.Select(p => (Path: p, Decisions: Decisions(context, p, dispatches))).ToList();
        await loader.LoadAsync(decided.SelectMany(d => d.Decisions.Select(x => x.Decision)), cancellationToken);
        await loader.LoadAsync(dispatches, cancellationToken);

        var plans = decided.Select(d => Plan(context, d.Path, d.Decisions)).OfType<PlanRows>().ToList();
        await loader.LoadAsync(plans.Select(p => p.Plan), cancellationToken);
        await loader.LoadAsync(plans.SelectMany(p => p.Plan.Versions), cancellationToken);
        await loader.LoadAsync(plans.SelectMany(p => p.Reviews), cancellationToken);

        var arranged = new Arrangements();
        foreach (var (path, decisions) in decided)
        {
            Arrange(context, path, decisions, arranged);
        }

        await loader.LoadAsync(arranged.Referrals, cancellationToken);
        await loader.LoadAsync(arranged.Commitments, cancellationToken);
        await loader.LoadAsync(arranged.Queue, cancellationToken);
        await loader.LoadAsync(arranged.Transitions, cancellationToken);
        await loader.LoadAsync(plans.Select(p => Package(context, p)).OfType<ServicePackage>(), cancellationToken);
        await loader.LoadAsync(paths.Select(p => Guidance(context, p)).OfType<ServiceGuidance>(), cancellationToken);

        var measurements = paths.SelectMany(p => Measurements(organisation, p, context.Wheel)).ToList();
        await loader.LoadAsync(measurements, cancellationToken);
        var scoreOwner = new Dictionary<DomainScore, Guid>(ReferenceEqualityComparer.Instance);
        foreach (var measurement in measurements)
        {
            foreach (var score in measurement.Scores)
            {
                scoreOwner[score] = measurement.Id;
            }
        }

        var scores = db.Model.FindEntityType(typeof(Measurement))!.FindNavigation(nameof(Measurement.Scores))!.TargetEntityType;
        await loader.LoadAsync(TableMap.For(scores, new Dictionary<string, Func<object, object?>> { ["MeasurementId"] = s => scoreOwner[(DomainScore)s] }), scoreOwner.Keys, cancellationToken);

        var events = paths.SelectMany(p => Audit(organisation, p)).ToList();
        await loader.LoadAsync(events, cancellationToken);
        await loader.LoadAsync(events.SelectMany(e => e.Subjects), cancellationToken);
    }

    private Staff Employee(Organisation organisation, Guid? unitId, string userName, string title, Role role)
    {
        var swedish = organisation.Languages[0] == "sv" || (organisation.Languages.Contains("sv") && random.NextDouble() < 0.3);
        var (first, last) = Name(swedish, random.Next(2) == 0);
        var employee = new Employee
        {
            Id = Id(now.AddYears(-3)),
            OrganisationId = organisation.Id,
            UnitId = unitId,
            FirstName = first,
            LastName = last,
            Title = title,
            Email = $"{userName}@example.invalid",
            PreferredLanguage = swedish ? "sv" : "fi",
        };
        employee.Roles.Add(new EmployeeRole { EmployeeId = employee.Id, Role = role });
        if (role is not (Role.Administrator or Role.Registrar or Role.ProviderStaff))
        {
            employee.ServiceTasks.Add(new EmployeeServiceTask { EmployeeId = employee.Id, ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation });
        }

        return new Staff(employee, role);
    }

    /// <summary>A sign-in account as <c>UserManager.CreateAsync</c> makes one, with the password hashed once for all.</summary>
    private UserAccount Account(Employee employee)
    {
        var userName = employee.Email![..employee.Email!.IndexOf('@', StringComparison.Ordinal)];
        return new UserAccount
        {
            Id = employee.Id,
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = employee.Email,
            NormalizedEmail = employee.Email.ToUpperInvariant(),
            PasswordHash = passwordHash,
            SecurityStamp = Guid(random).ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid(random).ToString(),
            LockoutEnabled = true,
        };
    }

    private sealed record ClientRow(Client Client, Staff Worker);

    private List<ClientRow> Clients(Organisation organisation, string town, double swedishShare, List<Unit> teams, List<Staff> workers, int count)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<ClientRow>(count);
        for (var i = 0; i < count; i++)
        {
            var swedish = random.NextDouble() < swedishShare;
            var female = random.Next(2) == 0;
            var (first, last) = Name(swedish, female);
            if (random.NextDouble() < 0.2 && Name(swedish, female).First is var second && second != first)
            {
                first = $"{first} {second}";
            }

            var birth = options.Today.AddYears(-18 - random.Next(47)).AddDays(-random.Next(365));
            PersonalIdentityCode code;
            do
            {
                // Individual numbers 900–999 are the test range; odd for men, even for women.
                var individual = 900 + (random.Next(50) * 2) + (female ? 0 : 1);
                code = PersonalIdentityCode.Create(birth, individual, birth.Year >= 2000 ? "ABCDEF"[random.Next(6)] : "-YXWVU"[random.Next(6)]);
            }
            while (!codes.Add(code.Value));

            var worker = workers[random.Next(workers.Count)];
            var registered = At(options.Today.AddDays(-random.Next(3 * 365)));
            var client = new Client
            {
                Id = Id(registered),
                OrganisationId = organisation.Id,
                IdentityCode = code.Value,
                BirthDate = code.BirthDate,
                FirstNames = first,
                LastName = last,
                Language = swedish ? "sv" : "fi",
                Municipality = town,
                Phone = string.Create(CultureInfo.InvariantCulture, $"040 {random.Next(1_000_000, 9_999_999)}"),
                Address = string.Create(CultureInfo.InvariantCulture, $"{(swedish ? "Storgatan" : "Kauppakatu")} {random.Next(1, 80)}, {town}"),
                NonDisclosure = random.NextDouble() < 0.005,
                // Only a social worker decides for a client in need of special support, so only theirs are.
                NeedsSpecialSupport = worker.Role == Role.SocialWorker && random.NextDouble() < 0.3,
                ResponsibleWorkerId = worker.Employee.Id,
                UnitId = worker.Employee.UnitId ?? teams[0].Id,
                ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
                RegisteredAt = registered,
            };
            client.Rename(first, last);
            rows.Add(new ClientRow(client, worker));
        }

        return rows;
    }

    private sealed record ClientPath(ClientRow Row, List<Referral> Referrals, Assessment? Assessment)
    {
        public Client Client => Row.Client;

        public Employee Worker => Row.Worker.Employee;
    }

    /// <summary>
    /// The client's referrals: earlier ones closed; the newest open if it is recent, otherwise with an assessment
    /// started by the responsible worker — completed once it is a few weeks old.
    /// </summary>
    private ClientPath Path(Organisation organisation, ClientRow row)
    {
        var client = row.Client;
        var registeredOn = DateOnly.FromDateTime(client.RegisteredAt.UtcDateTime);
        var referrals = new List<Referral>();
        var count = 1 + random.Next(ReferralsPerClient);
        var received = registeredOn;
        for (var r = 0; r < count && received <= options.Today; r++)
        {
            var referral = new Referral
            {
                Id = Id(At(received)),
                OrganisationId = organisation.Id,
                ClientId = client.Id,
                SourceCode = ReferralSources[random.Next(ReferralSources.Length)],
                ReceivedOn = received,
                Description = client.Language == "sv" ? "Behöver stöd i vardagen och vill komma ut bland folk." : "Tarvitsee tukea arkeen ja haluaa päästä mukaan toimintaan.",
                ClientInformed = true,
                ConsentGiven = random.NextDouble() < 0.9,
                Urgent = random.NextDouble() < 0.05,
                SpecialGroup = client.NeedsSpecialSupport,
                AssessmentStartDueOn = Referral.AssessmentDeadline(received, client.NeedsSpecialSupport, organisation.AssessmentTargetWorkingDays),
                CreatedBy = row.Worker.Employee.Id,
                CreatedAt = At(received),
            };
            referral.AssignHandler(row.Worker.Employee.Id, mayReassign: false);
            referrals.Add(referral);
            received = received.AddDays(60 + random.Next(300));
        }

        foreach (var earlier in referrals.SkipLast(1))
        {
            earlier.Close();
        }

        var latest = referrals[^1];
        var age = options.Today.DayNumber - latest.ReceivedOn.DayNumber;
        if (age < 10 && random.NextDouble() < 0.7)
        {
            return new ClientPath(row, referrals, null);
        }

        var started = latest.ReceivedOn.AddDays(Math.Min(age, 1 + random.Next(5)));
        var assessment = new Assessment
        {
            Id = Id(At(started)),
            OrganisationId = organisation.Id,
            ClientId = client.Id,
            ReferralId = latest.Id,
            AuthorId = row.Worker.Employee.Id,
            StartedOn = started,
        };
        latest.StartAssessment(assessment.Id);
        var swedish = client.Language == "sv";
        assessment.Update(new AssessmentContent(
            swedish ? "Jag vill ha något att göra om dagarna." : "Haluan päiviini jotain tekemistä.",
            swedish ? "Ensamhet och bristande dagsrytm; motiverad att delta." : "Yksinäisyys ja päivärytmin puute; motivoitunut osallistumaan.",
            random.Next(3) switch { 0 => SupportNature.Temporary, 1 => SupportNature.Recurring, _ => SupportNature.LongTerm },
            client.NeedsSpecialSupport,
            ["local:daily-life"],
            ["social-services-client", "own-request"],
            true,
            swedish ? "Gruppverksamhet och individuell handledning." : "Ryhmätoiminta ja yksilöohjaus.",
            swedish ? "Målinriktat stöd stärker delaktigheten." : "Tavoitteellinen tuki vahvistaa osallisuutta."));
        if (options.Today.DayNumber - started.DayNumber > 21)
        {
            assessment.Complete(started.AddDays(5 + random.Next(14)));
        }

        return new ClientPath(row, referrals, assessment);
    }

    /// <summary>About ten record entries a client, from registration to today.</summary>
    private IEnumerable<RecordEntry> Entries(Organisation organisation, ClientPath path)
    {
        var from = DateOnly.FromDateTime(path.Client.RegisteredAt.UtcDateTime);
        var days = Math.Max(1, options.Today.DayNumber - from.DayNumber);
        var count = random.Next(21);
        for (var e = 0; e < count; e++)
        {
            var on = from.AddDays(random.Next(days + 1));
            var (kind, fi, sv) = EntryTexts[random.Next(EntryTexts.Length)];
            yield return new RecordEntry
            {
                Id = Id(At(on)),
                OrganisationId = organisation.Id,
                ClientId = path.Client.Id,
                Kind = kind,
                OccurredOn = on,
                Minutes = 15 * (1 + random.Next(8)),
                Text = path.Client.Language == "sv" ? sv : fi,
                AuthorId = path.Worker.Id,
                CreatedAt = At(on),
            };
        }
    }

    /// <summary>
    /// Decisions after a completed assessment: drafted by the responsible worker, who under the organisation's chain
    /// (the national one) also signs with the organisation's appeal instructions; signed ones are ordered as letters,
    /// printed and posted the next day, as the delivery handlers and the letter batch do. The newest may still be a draft.
    /// </summary>
    private List<Decided> Decisions(OrganisationContext context, ClientPath path, List<DecisionDispatch> dispatches)
    {
        var decisions = new List<Decided>();
        if (path.Assessment?.CompletedOn is not { } completed)
        {
            return decisions;
        }

        var organisation = context.Organisation;
        var services = context.Services.Where(s => s.DecisionTypeCode is not null).ToList();
        var roles = path.Worker.Roles.Select(r => r.Role).ToList();
        var on = completed.AddDays(1 + random.Next(7));
        var count = 1 + random.Next(DecisionsPerClient);
        for (var d = 0; d < count && on <= options.Today; d++)
        {
            var service = services[random.Next(services.Count)];
            var type = DecisionTypes.Find(service.DecisionTypeCode!)!;
            var starts = on.AddDays(7);
            var swedish = path.Client.Language == "sv";
            var content = new DecisionContent
            {
                TypeCode = type.Code,
                Service = service.Name.In(path.Client.Language),
                Outcome = DecisionOutcome.Granted,
                StartsOn = starts,
                EndsOn = type.DefaultTermMonths is { } months ? starts.AddMonths(months).AddDays(-1) : null,
                LegalBases = type.BasesInForceOn(on).Select(b => b.Code).ToList(),
                Reasons = swedish ? "Enligt bedömningen av servicebehovet stöder tjänsten klientens delaktighet." : "Palvelutarpeen arvioinnin mukaan palvelu tukee asiakkaan osallisuutta.",
                Decided = swedish ? $"Klienten beviljas {service.Name.Sv.ToLowerInvariant()}." : $"Asiakkaalle myönnetään {service.Name.Fi.ToLowerInvariant()}.",
                MoreInformation = $"{path.Worker.FirstName} {path.Worker.LastName}, {path.Worker.Title}",
                Language = swedish ? "sv" : "fi",
            };
            var decision = WithId(Decision.Draft(organisation.Id, path.Client.Id, context.Settings.ChainVersion, path.Worker.Id, on, content), At(on));
            var signOn = on.AddDays(random.Next(3));
            if (signOn < options.Today || d < count - 1)
            {
                if (DecisionRules.CheckForSigning(content, type.BasesInForceOn(signOn).Select(b => b.Code).ToHashSet(StringComparer.Ordinal), type.MayBeGrantedWithoutTerm).Count > 0
                    || !decision.Take(DecisionStep.Sign, path.Worker.Id, roles, path.Client.NeedsSpecialSupport, signOn).IsAllowed)
                {
                    throw new InvalidOperationException($"A generated decision of {type.Code} could not be signed.");
                }

                decision.PrintWith(context.Settings.Appeal.Version);
                var ordered = At(signOn).AddHours(1);
                var dispatch = WithId(DecisionDispatch.Order(decision, DeliveryMethod.Letter, path.Worker.Id, ordered), ordered);
                dispatch.AwaitPrint(ordered);
                if (signOn.AddDays(1) <= options.Today)
                {
                    dispatch.Sent(signOn.AddDays(1), At(signOn.AddDays(1)), "Posted");
                    decision.Delivered(AppealDates.For(DeliveryMethod.Letter, signOn.AddDays(1)), path.Worker.Id);
                }

                dispatches.Add(dispatch);
            }

            decisions.Add(new Decided(decision, service));
            on = signOn.AddDays(80 + random.Next(110));
        }

        return decisions;
    }

    /// <summary>The life-situation wheel at the start and at follow-ups: about three a client.</summary>
    private IEnumerable<Measurement> Measurements(Organisation organisation, ClientPath path, Instrument wheel)
    {
        if (path.Assessment is not { } assessment)
        {
            yield break;
        }

        var on = assessment.StartedOn;
        var stage = MeasurementStage.Initial;
        var count = 1 + random.Next(MeasurementsPerClient);
        var level = 2 + random.Next(5);
        for (var m = 0; m < count && on <= options.Today; m++)
        {
            level = Math.Min(10, level + random.Next(2));
            var rater = random.Next(2) == 0 ? Rater.Client : Rater.Worker;
            yield return new Measurement
            {
                Id = Id(At(on)),
                OrganisationId = organisation.Id,
                ClientId = path.Client.Id,
                InstrumentId = wheel.Id,
                Stage = stage,
                Rater = rater,
                MeasuredOn = on,
                Scores = wheel.Domains.Select(d => new DomainScore { Domain = d.Code, Value = Math.Clamp(level + random.Next(-2, 3), d.Min, d.Max) }).ToList(),
                RecordedBy = path.Worker.Id,
                RecordedAt = At(on),
            };
            stage = MeasurementStage.FollowUp;
            on = on.AddDays(30 + random.Next(50));
        }
    }

    /// <summary>
    /// A group for about every 30 clients, a dozen members each, meeting weekly for 40 weeks; every past session has
    /// its attendance marked by the leader.
    /// </summary>
    private async Task GroupsAsync(BulkLoader loader, Organisation organisation, Service service, List<Staff> workers, IReadOnlyList<ClientRow> clients, CancellationToken cancellationToken)
    {
        var groups = new List<ServiceGroup>();
        var members = new List<GroupMember>();
        var sessions = new List<GroupSession>();
        var count = Math.Max(1, clients.Count / ClientsPerGroup);
        for (var g = 0; g < count; g++)
        {
            var leader = workers[random.Next(workers.Count)].Employee;
            var starts = options.Today.AddDays(-7 * random.Next(GroupWeeks, 3 * 52));
            var ends = starts.AddDays(7 * (GroupWeeks - 1));
            var group = new ServiceGroup
            {
                Id = Id(At(starts)),
                OrganisationId = organisation.Id,
                ServiceId = service.Id,
                Name = string.Create(CultureInfo.InvariantCulture, $"Ryhmä {g + 1}"),
                Theme = (g % 3) switch { 0 => "Arjen taidot", 1 => "Liikunta ja ulkoilu", _ => "Luovat menetelmät" },
                Open = g % 4 == 0,
                LeaderIds = [leader.Id],
                Schedule = "ti 10–12",
                PaysAllowances = g % 2 == 0,
                StartsOn = starts,
                EndsOn = ends,
            };
            groups.Add(group);
            var chosen = new HashSet<int>();
            while (chosen.Count < Math.Min(GroupMembers, clients.Count))
            {
                chosen.Add(random.Next(clients.Count));
            }

            members.AddRange(chosen.Select(c => new GroupMember { Id = Id(At(starts)), GroupId = group.Id, ClientId = clients[c].Client.Id, JoinedOn = starts }));
            for (var week = 0; week < GroupWeeks; week++)
            {
                sessions.Add(new GroupSession { Id = Id(At(starts.AddDays(7 * week))), GroupId = group.Id, On = starts.AddDays(7 * week), Topic = group.Theme });
            }
        }

        await loader.LoadAsync(groups, cancellationToken);
        await loader.LoadAsync(members, cancellationToken);
        await loader.LoadAsync(sessions, cancellationToken);
        var byGroup = members.ToLookup(m => m.GroupId);
        var leaders = groups.ToDictionary(g => g.Id, g => g.LeaderIds[0]);
        await loader.LoadAsync(
            sessions.Where(s => s.On <= options.Today).SelectMany(s => byGroup[s.GroupId].Select(m => new AttendanceMark
            {
                SessionId = s.Id,
                ClientId = m.ClientId,
                Present = random.NextDouble() < 0.8,
                MarkedById = leaders[s.GroupId],
                MarkedAt = At(s.On).AddHours(4),
            })),
            cancellationToken);
    }

    /// <summary>The responsible worker's reads of the record: a few a client, each naming the client.</summary>
    private IEnumerable<AuditEvent> Audit(Organisation organisation, ClientPath path)
    {
        var from = path.Client.RegisteredAt;
        var span = (long)(now - from).TotalSeconds;
        var count = 1 + random.Next(5);
        for (var a = 0; a < count; a++)
        {
            var at = from.AddSeconds(random.NextInt64(Math.Max(1, span)));
            var id = Id(at);
            yield return new AuditEvent
            {
                Id = id,
                OccurredAt = at,
                UserId = path.Worker.Id,
                OrganisationId = organisation.Id,
                Action = a == 0 ? Actions.ClientCreate : Actions.ClientRead,
                ServiceTaskCode = path.Client.ServiceTaskCode,
                Outcome = AuditOutcome.Success,
                RequestId = id.ToString("N")[..16],
                Subjects = [new AuditSubject { AuditEventId = id, OccurredAt = at, PersonId = path.Client.Id }],
            };
        }
    }

    private (string First, string Last) Name(bool swedish, bool female)
    {
        var firsts = (swedish, female) switch
        {
            (true, true) => Names.SwedishWomen,
            (true, false) => Names.SwedishMen,
            (false, true) => Names.FinnishWomen,
            (false, false) => Names.FinnishMen,
        };
        // Swedish speakers often carry Finnish surnames and the other way round, less often.
        var lasts = swedish ? (random.NextDouble() < 0.75 ? Names.SwedishLastNames : Names.FinnishLastNames)
            : (random.NextDouble() < 0.95 ? Names.FinnishLastNames : Names.SwedishLastNames);
        return (firsts[random.Next(firsts.Length)], lasts[random.Next(lasts.Length)]);
    }

    /// <summary>An office-hours moment of the day, in UTC.</summary>
    private DateTimeOffset At(DateOnly day) => new DateTimeOffset(day, new TimeOnly(6, 0), TimeSpan.Zero).AddMinutes(random.Next(9 * 60));

    /// <summary>A version 7 id for the moment, its random part from the seeded generator, so runs repeat.</summary>
    private Guid Id(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Gives an entity made by a domain factory (which takes a fresh v7 id) a repeatable one instead.</summary>
    private T WithId<T>(T entity, DateTimeOffset at)
        where T : class
    {
        IdProperty<T>.Value.SetValue(entity, Id(at));
        return entity;
    }

    private static class IdProperty<T>
    {
        public static readonly PropertyInfo Value = typeof(T).GetProperty("Id")!;
    }

    private static Guid Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
