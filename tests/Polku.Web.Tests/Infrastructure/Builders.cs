using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Polku.Data;
using Polku.Data.Seed;
using Polku.Domain.Assessments;
using Polku.Domain.Clients;
using Polku.Domain.Referrals;

namespace Polku.Web.Tests.Infrastructure;

/// <summary>
/// Puts a client straight into a demo organisation's register: in the team of a demo user (or none), with a
/// responsible worker (a demo user name) or none. Builders set up what a test is about, not the whole process.
/// </summary>
public sealed class ClientBuilder(PolkuFactory factory, string organisationCode)
{
    private string? teamOf;
    private string? otherThan;
    private bool withProcess;
    private bool completedAssessment;
    private string language = "fi";
    private string? responsibleWorker;
    private string lastName = "Rakennettu";
    private string? municipality;
    private bool specialSupport;
    private string? address;
    private bool nonDisclosure;

    public ClientBuilder InTeamOf(string userName)
    {
        teamOf = userName;
        return this;
    }

    public ClientBuilder WithResponsibleWorker(string userName)
    {
        responsibleWorker = userName;
        return this;
    }

    /// <summary>In a unit of the organisation that is neither the user's nor above it: another team's client.</summary>
    public ClientBuilder InAnotherTeamThan(string userName)
    {
        otherThan = userName;
        return this;
    }

    /// <summary>With an open referral and an assessment in progress, so their endpoints have something to refuse or show.</summary>
    public ClientBuilder WithReferralAndAssessment()
    {
        withProcess = true;
        return this;
    }

    /// <summary>With a completed service-need assessment, so a plan can start from it.</summary>
    public ClientBuilder WithCompletedAssessment()
    {
        completedAssessment = true;
        return this;
    }

    public ClientBuilder Speaking(string language)
    {
        this.language = language;
        return this;
    }

    /// <summary>Living in the municipality (a county's area, whose decision chain may differ).</summary>
    public ClientBuilder InMunicipality(string code)
    {
        municipality = code;
        return this;
    }

    /// <summary>In need of special support (SHL § 3), so § 46 keeps their decisions with a social worker.</summary>
    public ClientBuilder NeedingSpecialSupport()
    {
        specialSupport = true;
        return this;
    }

    public ClientBuilder Named(string name)
    {
        lastName = name;
        return this;
    }

    public ClientBuilder WithAddress(string text)
    {
        address = text;
        return this;
    }

    /// <summary>With a non-disclosure order (turvakielto): the address goes to the responsible worker only.</summary>
    public ClientBuilder WithNonDisclosure()
    {
        nonDisclosure = true;
        return this;
    }

    public async Task<Guid> BuildAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Code == organisationCode).Select(o => o.Id).SingleAsync();
        var unit = teamOf is null ? null : await UnitOfAsync(db, teamOf);
        if (otherThan is not null)
        {
            var candidates = db.Units.Where(u => u.OrganisationId == organisationId);
            if (await UnitOfAsync(db, otherThan) is { } mine)
            {
                candidates = candidates.Where(u => u.Id != mine && (u.ParentUnitId == null || u.ParentUnitId != mine)
                    && !db.Units.Any(parent => parent.Id == mine && parent.ParentUnitId == u.Id));
            }

            unit = await candidates.OrderBy(u => u.Kind).Select(u => (Guid?)u.Id).FirstAsync();
        }
        Guid? worker = responsibleWorker is null ? null : await db.Users.Where(u => u.UserName == responsibleWorker).Select(u => u.Id).SingleAsync();
        var code = TestClients.UniqueIdentityCode();
        var client = new Client
        {
            OrganisationId = organisationId,
            IdentityCode = code.Value,
            BirthDate = code.BirthDate,
            FirstNames = "",
            LastName = "",
            ServiceTaskCode = ServiceTaskSeed.WorkingAgeSocialRehabilitation,
            UnitId = unit,
            ResponsibleWorkerId = worker,
            RegisteredAt = factory.Time.GetUtcNow(),
            Language = language,
            Municipality = municipality,
            NeedsSpecialSupport = specialSupport,
            Address = address,
            NonDisclosure = nonDisclosure,
        };
        client.Rename("Testi", lastName);
        db.Clients.Add(client);
        if (withProcess)
        {
            var author = worker ?? await db.Employees.Where(e => e.OrganisationId == organisationId).Select(e => e.Id).FirstAsync();
            var today = factory.Today;
            var referral = new Referral
            {
                OrganisationId = organisationId, ClientId = client.Id, SourceCode = "self", ReceivedOn = today, Description = "Rakennettu ilmoitus.",
                AssessmentStartDueOn = Referral.AssessmentDeadline(today, false, 7), CreatedBy = author, CreatedAt = factory.Time.GetUtcNow(),
            };
            db.Referrals.Add(referral);
            db.Assessments.Add(new Assessment { OrganisationId = organisationId, ClientId = client.Id, AuthorId = author, StartedOn = today });
        }

        if (completedAssessment)
        {
            var assessment = new Assessment
            {
                OrganisationId = organisationId, ClientId = client.Id, StartedOn = factory.Today.AddDays(-7),
                AuthorId = worker ?? await db.Employees.Where(e => e.OrganisationId == organisationId).Select(e => e.Id).FirstAsync(),
            };
            assessment.Update(new AssessmentContent(
                "Haluan arkeen rytmiä.", "Päivärytmi puuttuu, yksinäisyys.", SupportNature.Recurring, false, ["local:loneliness", "local:daily-life"], [],
                true, "Ryhmätoiminta.", "Tavoitteellinen tuki auttaa."));
            assessment.Complete(factory.Today.AddDays(-1));
            db.Assessments.Add(assessment);
        }

        await db.SaveChangesAsync();
        return client.Id;
    }

    private static Task<Guid?> UnitOfAsync(PolkuDbContext db, string userName) =>
        db.Employees.Where(e => db.Users.Any(u => u.Id == e.Id && u.UserName == userName)).Select(e => e.UnitId).SingleAsync();
}

public static class Builders
{
    public static ClientBuilder Client(this PolkuFactory factory, string organisationCode) => new(factory, organisationCode);
}
