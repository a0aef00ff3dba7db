using Polku.Domain.Plans;
using Polku.Domain.Services;
using PackageLevel = Polku.Domain.Services.SupportLevel;
using PlanLevel = Polku.Domain.Plans.SupportLevel;

namespace Polku.Bench.Generation;

public sealed partial class DataGenerator
{
    private const double PlanShare = 0.9;
    private const double PackageShare = 0.05;
    private const int MaxReviews = 6;

    private static readonly (string Fi, string Sv, string Area)[] GoalTitles =
    [
        ("Herään arkiaamuisin klo 9 mennessä", "Jag vaknar före kl. 9 på vardagar", "local:daily-life"),
        ("Käyn sovitussa toiminnassa joka viikko", "Jag deltar i verksamheten varje vecka", "local:relationships"),
        ("Hoidan laskut ajallaan", "Jag betalar räkningarna i tid", "local:finances"),
        ("Haen opiskelu- tai työpaikkaa", "Jag söker studie- eller arbetsplats", "local:work-study"),
    ];

    private static readonly System.Reflection.PropertyInfo PlanIdOfVersion = typeof(PlanVersion).GetProperty(nameof(PlanVersion.PlanId))!;

    internal sealed record PlanRows(ClientPlan Plan, List<PlanReview> Reviews);

    /// <summary>
    /// The client plan of nearly every client with a decision: started from the assessment when the first decision is
    /// drafted, agreed with the client, then reviewed at the agreed times until today — continued, changed (a new
    /// version agreed) or, now and then, ended — through the plan's own methods and checked by <see cref="PlanRules"/>.
    /// </summary>
    private PlanRows? Plan(OrganisationContext context, ClientPath path, List<Decided> decisions)
    {
        if (decisions.Count == 0 || path.Assessment is null || random.NextDouble() >= PlanShare)
        {
            return null;
        }

        var organisation = context.Organisation;
        var worker = path.Worker.Id;
        var swedish = path.Client.Language == "sv";
        var created = Earliest(decisions[0].Decision.StartedOn.AddDays(random.Next(10)), options.Today);
        var content = PlanContent(decisions, swedish, created);
        var plan = WithId(ClientPlan.Start(organisation.Id, path.Client.Id, path.Assessment.Id, "", worker, created, content, At(created)), At(created));
        // The first version was made under the plan's fresh id: it follows the plan to its repeatable one.
        PlanIdOfVersion.SetValue(WithId(plan.Versions[0], At(created)), plan.Id);
        var reviews = new List<PlanReview>();
        var agreed = created.AddDays(random.Next(8));
        if (agreed > options.Today)
        {
            return new PlanRows(plan, reviews);
        }

        Agree(plan, organisation.PlanReviewMaxMonths, worker, agreed);
        while (reviews.Count < MaxReviews && plan.Status == PlanStatus.Agreed && plan.NextReviewOn is { } held && held <= options.Today)
        {
            var version = plan.InForce!;
            var roll = random.NextDouble();
            var outcome = roll < 0.08 ? ReviewOutcome.End : roll < 0.25 ? ReviewOutcome.ChangePlan : ReviewOutcome.Continue;
            var next = held.AddMonths(3 + random.Next(organisation.PlanReviewMaxMonths - 2));
            var review = ReviewContent(version, swedish, reviews.Count);
            if (PlanRules.CheckReview(version, held, outcome, next, review, options.Today, organisation.PlanReviewMaxMonths).Count > 0)
            {
                throw new InvalidOperationException("A generated plan review does not pass the review rules.");
            }

            var at = At(held);
            var row = WithId(PlanReview.Of(plan, version, held, outcome, next, review, worker, at), at);
            reviews.Add(row);
            plan.Reviewed(row, at);
            if (outcome == ReviewOutcome.ChangePlan)
            {
                var revised = WithId(plan.Revise(worker, held, at), at);
                plan.Edit(revised.Content with { NextReviewOn = next, ClientParticipated = true, ClientAgreement = ClientAgreement.Agrees }, at);
                Agree(plan, organisation.PlanReviewMaxMonths, worker, held);
            }
        }

        return new PlanRows(plan, reviews);
    }

    private static void Agree(ClientPlan plan, int maxMonths, Guid worker, DateOnly on)
    {
        if (PlanRules.CheckAgreement(plan.Draft!.Content, on, maxMonths).Count > 0)
        {
            throw new InvalidOperationException("A generated plan does not pass the agreement rules.");
        }

        plan.Agree(worker, on, new DateTimeOffset(on, new TimeOnly(12, 0), TimeSpan.Zero));
    }

    private PlanContent PlanContent(List<Decided> decisions, bool swedish, DateOnly created)
    {
        var goals = Enumerable.Range(0, 2 + random.Next(2)).Select(g =>
        {
            var (fi, sv, area) = GoalTitles[(g + random.Next(GoalTitles.Length)) % GoalTitles.Length];
            var title = swedish ? sv : fi;
            return new PlanGoal(Id(At(created)), title, area, 1 + random.Next(3), -1,
                swedish
                    ? ["Inte alls", "Ibland", "Oftast", "Nästan alltid", "Alltid"]
                    : ["Ei lainkaan", "Joskus", "Useimmiten", "Lähes aina", "Aina"]);
        }).ToList();
        var services = decisions.Take(2).Select(d => d.Decision.Content).Select(d => new PlanService(Id(At(created)), PlanServiceCode(d.TypeCode), d.Service, d.StartsOn, d.EndsOn)).ToList();
        return new PlanContent
        {
            ClientView = swedish ? "Jag vill ha en dagsrytm och träffa folk." : "Haluan päivärytmin ja tavata ihmisiä.",
            WorkerAssessment = swedish ? "Ensamhet och bristande dagsrytm; motiverad att delta." : "Yksinäisyys ja päivärytmin puute; motivoitunut osallistumaan.",
            ClientStrengths = swedish ? "Håller överenskommelser." : "Pitää sovitut asiat.",
            ClientCommitments = swedish ? "Jag deltar i den överenskomna verksamheten." : "Osallistun sovittuun toimintaan.",
            MeetingFrequency = swedish ? "en gång i månaden" : "kerran kuukaudessa",
            StartsOn = created,
            EndsOn = created.AddMonths(12),
            SupportLevel = (PlanLevel)random.Next(3),
            NextReviewOn = created.AddMonths(3 + random.Next(3)),
            Goals = goals,
            SituationalFactors = [new(goals[0].AreaCode!, swedish ? "Behöver stöd i vardagen." : "Tarvitsee tukea arjessa.")],
            Services = services,
            Methods = [new(Id(At(created)), "local:conversation", swedish ? "Samtal med handledaren." : "Keskustelut ohjaajan kanssa.")],
            ClientParticipated = true,
            ClientAgreement = ClientAgreement.Agrees,
        };
    }

    private ReviewContent ReviewContent(PlanVersion version, bool swedish, int round) => new()
    {
        Participants = [ReviewParticipant.Client, ReviewParticipant.Worker],
        Goals = version.Content.Goals.Select(g => new GoalRating(g.Key, Math.Clamp(-1 + round + random.Next(-1, 2), -2, 2), "")).ToList(),
        Services = version.Content.Services.Select(s => new ServiceEvaluation(s.Key, (ServiceEffect)random.Next(3), ""))
            .Concat(version.Content.Methods.Select(m => new ServiceEvaluation(m.Key, ServiceEffect.Helped, ""))).ToList(),
        Factors = version.Content.SituationalFactors.Select(f => new FactorEvaluation(f.Code, (FactorChange)random.Next(3), "")).ToList(),
        ClientSummary = swedish ? "Det har gått bättre." : "On mennyt paremmin.",
        WorkerSummary = swedish ? "Framsteg enligt planen." : "Edistystä suunnitelman mukaisesti.",
    };

    private static string PlanServiceCode(string decisionType) => decisionType switch
    {
        "workshop-activity" => "local:workshop",
        "rehabilitative-work-activity" => "local:rehabilitative-work",
        "home-rehabilitation" => "local:home-rehabilitation",
        "rehabilitation-counsellor" => "local:individual-guidance",
        "support-person-activity" => "local:group-activity",
        _ => "local:other",
    };

    /// <summary>A service package (Espoo's way of working) for a few clients with an agreed plan: its services and support level.</summary>
    private ServicePackage? Package(OrganisationContext context, PlanRows rows)
    {
        if (rows.Plan.InForce is not { } version || random.NextDouble() >= PackageShare)
        {
            return null;
        }

        var on = version.AgreedOn!.Value;
        var services = context.Services.Where(s => s.RequiresDecision).OrderBy(_ => random.Next()).Take(2).Select(s => s.Id).ToList();
        var package = WithId(ServicePackage.Start(context.Organisation.Id, rows.Plan.ClientId, rows.Plan.Id, "Arjen tuki", services, PackageLevel.Intensive, rows.Plan.AuthorId, on), At(on));
        var later = on.AddMonths(4);
        if (later <= options.Today)
        {
            package.ChangeLevel(PackageLevel.Basic, rows.Plan.AuthorId, later, "Tuen tarve vähentynyt.");
        }

        return package;
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
