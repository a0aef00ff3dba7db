using Polku.Domain.Clients;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Services;

namespace Polku.Data.Seed;

/// <summary>
/// Demo groups dated relative to today: Espoo's allowance group "Arjen taidot" with its rules (9 € a day, a travel
/// card from 8 sessions a month) and two months of attendance, and a service package whose level was eased; in Vaasa,
/// Työpaja Upseeri's morning group, whose attendance the provider's staff (demo.provider) mark.
/// </summary>
internal sealed class DemoGroups(PolkuDbContext db, Organisation organisation, IReadOnlyDictionary<string, Employee> staff, DateOnly today)
{
    /// <summary>Temporary individual numbers from 980 up, apart from those of the demo clients (from 900).</summary>
    private int individualNumber = 980;

    public void Add(string organisationCode)
    {
        switch (organisationCode)
        {
            case DemoRegions.EspooCode:
                AddEspoo();
                break;
            case DemoData.VaasaCode:
                AddVaasa();
                break;
        }
    }

    private Service ServiceCoded(string code) => db.Services.Local.Single(s => s.OrganisationId == organisation.Id && s.Code == code);

    private void AddEspoo()
    {
        db.ServiceSettings.Add(new ServiceSettings { OrganisationId = organisation.Id, DailyActivityMoney = 9m, TravelCardMinSessions = 8 });
        var counsellor = staff["espoo.sc"];
        var worker = staff["espoo.sw"];
        var previousMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var group = new ServiceGroup
        {
            OrganisationId = organisation.Id, ServiceId = ServiceCoded("arjen-taidot").Id, Name = "Arjen taidot", Theme = "Raha-asiat, ruoanlaitto ja asiointi",
            Open = false, LeaderIds = [counsellor.Id], Schedule = "ti klo 9–12, to klo 9–12 ja 13–15", PaysAllowances = true, StartsOn = previousMonth.AddMonths(-1),
        };
        db.Groups.Add(group);

        var existing = db.Clients.Local.Where(c => c.OrganisationId == organisation.Id).OrderBy(c => c.LastName).ToList();
        var turunen = existing.Single(c => c.LastName == "Turunen");
        var members = existing
            .Concat([
                Person("Laine", "Jenni", new DateOnly(1991, 5, 8), worker),
                Person("Korhonen", "Mikko", new DateOnly(1985, 12, 1), counsellor),
                Person("Salo", "Aino", new DateOnly(1997, 3, 22), counsellor),
            ])
            .ToList();
        // The last one joined in the middle of this month; the others at the start of the previous one.
        var joined = members.Select((m, i) => i == members.Count - 1 ? today.AddDays(-Math.Min(today.Day - 1, 7)) : previousMonth).ToList();
        db.GroupMembers.AddRange(members.Select((m, i) => new GroupMember { GroupId = group.Id, ClientId = m.Id, JoinedOn = joined[i] }));

        // Tuesdays in the morning, Thursdays twice (morning and afternoon): two sessions on one day earn one day's money.
        var sessions = new List<GroupSession>();
        for (var day = previousMonth; day <= today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday)
            {
                sessions.Add(new GroupSession { GroupId = group.Id, On = day, Topic = Topic(day) });
            }

            if (day.DayOfWeek == DayOfWeek.Thursday)
            {
                sessions.Add(new GroupSession { GroupId = group.Id, On = day, Topic = "Asiointiharjoitus kaupungilla" });
            }
        }

        db.GroupSessions.AddRange(sessions);
        var markedAt = new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = sessions[s];
            for (var m = 0; m < members.Count; m++)
            {
                if (session.On < joined[m])
                {
                    continue;
                }

                // The first comes every time (a travel card each month); the others less often, one only now and then.
                var present = m switch
                {
                    0 => true,
                    1 => s % 3 != 0,
                    2 => s % 2 == 0,
                    3 => s % 5 == 0,
                    _ => s % 3 != 1,
                };
                db.AttendanceMarks.Add(new AttendanceMark { SessionId = session.Id, ClientId = members[m].Id, Present = present, MarkedById = counsellor.Id, MarkedAt = markedAt });
            }
        }

        // Espoo's service package for Anna Turunen: started intensive, eased to basic when daily life settled.
        var package = ServicePackage.Start(organisation.Id, turunen.Id, null, "Työllistymistä tukeva palvelupaketti",
            [ServiceCoded("individual-guidance").Id, ServiceCoded("arjen-taidot").Id], SupportLevel.Intensive, worker.Id, previousMonth);
        package.ChangeLevel(SupportLevel.Basic, worker.Id, today.AddDays(-7), "Vuokra-asiat järjestyksessä, arki sujuu: tuki kevenee.");
        db.ServicePackages.Add(package);
    }

    private static string Topic(DateOnly day) => (day.Day % 4) switch
    {
        0 => "Ruokaostokset ja budjetti",
        1 => "Yhteinen ruoanlaitto",
        2 => "Laskut ja verkkopankki",
        _ => "Kela-asiointi",
    };

    private void AddVaasa()
    {
        var upseeri = ServiceCoded("upseeri");
        var socialWorker = staff["demo.sw"];
        var provider = staff["demo.provider"];
        var group = new ServiceGroup
        {
            OrganisationId = organisation.Id, ServiceId = upseeri.Id, Name = "Upseerin aamuryhmä", Theme = "Päivärytmi ja pajatyö",
            Open = false, LeaderIds = [provider.Id], Schedule = "ma, ke ja pe klo 9–12", PaysAllowances = false, StartsOn = today.AddMonths(-2),
        };
        db.Groups.Add(group);

        // Young clients referred to the workshop (their data travels to the provider on their consent or by law), started there.
        (string Last, string First, int Age, DisclosureBasis Basis)[] young =
        [
            ("Hakala", "Oona", 20, DisclosureBasis.Consent),
            ("Niemi", "Joel", 23, DisclosureBasis.Law),
            ("Ojala", "Veeti", 26, DisclosureBasis.Consent),
        ];
        var members = new List<Client>();
        foreach (var (last, first, age, basis) in young)
        {
            var client = Person(last, first, today.AddYears(-age).AddDays(-100 - members.Count * 37), socialWorker);
            var sentOn = today.AddDays(-40 + members.Count * 5);
            var referral = ProviderReferral.Send(organisation.Id, client.Id, upseeri, null, basis,
                basis == DisclosureBasis.Consent ? $"Suostumus annettu {sentOn.Day}.{sentOn.Month}.{sentOn.Year}" : "Laki sosiaalihuollon asiakastiedoista 703/2023 18 § (ostopalvelu)",
                "Nuori ilman opiskelu- tai työpaikkaa; tavoitteena päivärytmi ja jatkopolku.", ["Päivärytmi vakiintuu", "Jatko-opintopaikka selvillä"], socialWorker.Id, sentOn);
            referral.Accept(provider.Id, sentOn.AddDays(3));
            referral.Start(provider.Id, sentOn.AddDays(7));
            db.ProviderReferrals.Add(referral);
            db.GroupMembers.Add(new GroupMember { GroupId = group.Id, ClientId = client.Id, JoinedOn = sentOn.AddDays(7) });
            members.Add(client);
        }

        // Last week's sessions are marked; this week's wait for demo.provider.
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var markedAt = new DateTimeOffset(monday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        foreach (var offset in new[] { -7, -5, -3, 0, 2, 4 })
        {
            var session = new GroupSession { GroupId = group.Id, On = monday.AddDays(offset), Topic = offset < 0 ? "Puupaja" : "Pajapäivä" };
            db.GroupSessions.Add(session);
            if (offset < 0)
            {
                db.AttendanceMarks.AddRange(members.Select((m, i) => new AttendanceMark
                {
                    SessionId = session.Id, ClientId = m.Id, Present = (i + offset) % 3 != 0, MarkedById = provider.Id, MarkedAt = markedAt,
                }));
            }
        }
    }

    private Client Person(string lastName, string firstNames, DateOnly birthDate, Employee responsible)
    {
        var client = new Client
        {
            OrganisationId = organisation.Id,
            UnitId = responsible.UnitId,
            ResponsibleWorkerId = responsible.Id,
            ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
            IdentityCode = PersonalIdentityCode.Create(birthDate, individualNumber++).Value,
            BirthDate = birthDate,
            FirstNames = firstNames,
            LastName = lastName,
            Language = "fi",
            Municipality = organisation.Name.Fi,
            RegisteredAt = DateTime.SpecifyKind(today.AddDays(-60).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
        };
        client.Rename(firstNames, lastName);
        db.Clients.Add(client);
        return client;
    }
}
