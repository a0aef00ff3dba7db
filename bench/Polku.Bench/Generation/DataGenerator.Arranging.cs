using System.Globalization;
using Polku.Domain.Access;
using Polku.Domain.Decisions;
using Polku.Domain.Services;

namespace Polku.Bench.Generation;

public sealed partial class DataGenerator
{
    private const double QueueShare = 0.15;
    private const double GuidanceShare = 0.08;
    private const int ClientsPerStatedReason = 2_000;

    private static readonly PathTemplate GeneralPath = PathTemplates.General();

    private static readonly (AccessReason Reason, string Text)[] StatedReasonTexts =
    [
        (AccessReason.CoveringColleague, "Sijaistan vastuutyöntekijää loman ajan."),
        (AccessReason.ClientContactedMe, "Asiakas soitti päivystysnumeroon."),
        (AccessReason.UrgentMatter, "Kiireellinen asumisasia, vastuutyöntekijä ei tavoitettavissa."),
    ];

    /// <summary>What arranging the services of a batch of clients wrote.</summary>
    private sealed class Arrangements
    {
        public List<ProviderReferral> Referrals { get; } = [];

        public List<PaymentCommitment> Commitments { get; } = [];

        public List<QueueEntry> Queue { get; } = [];

        public List<PathTransition> Transitions { get; } = [];
    }

    /// <summary>
    /// What follows a delivered decision, as the services handlers do it: a purchased service is referred to its
    /// provider with a payment commitment, accepted and started by the provider's staff, ended when the term ends or
    /// the next service begins; some of the own services have a waiting list the client joins and leaves by starting
    /// or withdrawing. Every start moves the client along the general path.
    /// </summary>
    private void Arrange(OrganisationContext context, ClientPath path, List<Decided> decisions, Arrangements arranged)
    {
        var uses = new List<ServiceUse>();
        (ProviderReferral Referral, PaymentCommitment Commitment)? running = null;
        foreach (var (decision, service) in decisions.Where(d => d.Decision.Status == DecisionStatus.Delivered))
        {
            var delivered = decision.Appeal!.SentOn;
            var starts = decision.Content.StartsOn!.Value;
            var ends = decision.Content.EndsOn ?? starts.AddMonths(6).AddDays(-1);
            if (service.Producer == ProducerType.Purchased)
            {
                var sent = delivered.AddDays(random.Next(4));
                if (sent > options.Today)
                {
                    continue;
                }

                var provider = context.Providers.Single(p => p.Organisation.Id == service.ProviderId).Staff.Employee.Id;
                var summary = $"{DecisionTypes.Find(decision.Content.TypeCode)!.Name.Fi} {D(starts)}–{D(ends)}. {decision.Content.Decided}";
                var referral = WithId(ProviderReferral.Send(
                    context.Organisation.Id, path.Client.Id, service, decision.Id, DisclosureBasis.Law, "Järjestäjän oma ostopalvelu (703/2023 18 §)",
                    summary, ["Säännöllinen päivärytmi"], path.Worker.Id, sent), At(sent));
                arranged.Referrals.Add(referral);
                var answered = sent.AddDays(1 + random.Next(3));
                if (answered > options.Today)
                {
                    continue;
                }

                if (random.NextDouble() < 0.05)
                {
                    referral.Decline("Ryhmät ovat täynnä; toinen palvelu voisi sopia sitä ennen.", provider, answered);
                    continue;
                }

                referral.Accept(provider, answered);
                var commitment = WithId(PaymentCommitment.Create(
                    path.Client.Id, decision.Id, service.ProviderId!.Value, service.Id, starts, ends, service.UnitPrice!.Value, service.PriceUnit!.Value,
                    Units(service.PriceUnit.Value, starts, ends), Units(service.PriceUnit.Value, starts, Earliest(ends, options.Today)),
                    context.Organisation.Id, context.Settings.Services.CommitmentWarningDays, path.Worker.Id, answered), At(answered));
                commitment.ProviderReferralId = referral.Id;
                arranged.Commitments.Add(commitment);
                var started = starts > answered ? starts : answered;
                if (started > options.Today)
                {
                    continue;
                }

                if (running is var (previous, previousCommitment) && previous.Status == ProviderReferralStatus.Started && started.AddDays(-1) >= previous.StartedOn)
                {
                    previous.End(ServiceOutcome.MovedOn, "Siirtyi seuraavaan palveluun.", provider, started.AddDays(-1));
                    previousCommitment.End(started.AddDays(-1));
                }

                Start(context, path, service, started, uses, arranged);
                referral.Start(provider, started);
                running = (referral, commitment);
                if (ends < options.Today)
                {
                    referral.End(ServiceOutcome.Completed, "", provider, ends);
                    commitment.End(ends);
                }
            }
            else if (service.Capacity is not null && random.NextDouble() < QueueShare)
            {
                var entry = WithId(QueueEntry.Join(path.Client.Id, service.Id, delivered, random.NextDouble() < 0.05, context.Organisation.Id, decision.Id, path.Worker.Id), At(delivered));
                arranged.Queue.Add(entry);
                var leaves = delivered.AddDays(7 + random.Next(90));
                if (leaves <= options.Today)
                {
                    if (random.NextDouble() < 0.1)
                    {
                        entry.Withdraw(leaves);
                    }
                    else
                    {
                        entry.Start(leaves);
                        Start(context, path, service, leaves, uses, arranged);
                    }
                }
            }
        }
    }

    /// <summary>Records the move on the general path a start makes, as the path recorder does.</summary>
    private void Start(OrganisationContext context, ClientPath path, Service service, DateOnly on, List<ServiceUse> uses, Arrangements arranged)
    {
        if (ServicePaths.TransitionOnStart(GeneralPath, uses, service.Type, service.Code) is { } move)
        {
            arranged.Transitions.Add(new PathTransition
            {
                Id = Id(At(on)),
                OrganisationId = context.Organisation.Id,
                ClientId = path.Client.Id,
                TemplateCode = GeneralPath.Code,
                FromStep = move.From,
                ToStep = move.To,
                On = on,
                ServiceId = service.Id,
            });
        }

        uses.Add(new ServiceUse(service.Type, service.Code, on, null));
    }

    /// <summary>Days at three a week, or whole months, between two dates.</summary>
    private static int Units(CommitmentUnit unit, DateOnly from, DateOnly to)
    {
        var days = Math.Max(0, to.DayNumber - from.DayNumber + 1);
        return unit == CommitmentUnit.Month ? (days + 29) / 30 : days * 3 / 7;
    }

    /// <summary>A few clients guided to the open meeting place without a decision, on the timeline.</summary>
    private ServiceGuidance? Guidance(OrganisationContext context, ClientPath path)
    {
        if (random.NextDouble() >= GuidanceShare)
        {
            return null;
        }

        var from = DateOnly.FromDateTime(path.Client.RegisteredAt.UtcDateTime);
        var on = from.AddDays(random.Next(Math.Max(1, options.Today.DayNumber - from.DayNumber)));
        return new ServiceGuidance
        {
            Id = Id(At(on)),
            OrganisationId = context.Organisation.Id,
            ClientId = path.Client.Id,
            ServiceId = context.Services.Single(s => !s.RequiresDecision).Id,
            On = on,
            ById = path.Worker.Id,
            Note = path.Client.Language == "sv" ? "Berättade om den öppna mötesplatsen." : "Kerrottu avoimesta kohtaamispaikasta.",
        };
    }

    /// <summary>A few reads of another worker's client with a stated reason; the older ones reviewed by the registrar.</summary>
    private IEnumerable<StatedReasonAccess> StatedReasons(Domain.Organisations.Organisation organisation, IReadOnlyList<ClientRow> clients, List<Staff> workers, Staff registrar)
    {
        var count = Math.Max(2, clients.Count / ClientsPerStatedReason);
        for (var i = 0; i < count; i++)
        {
            var client = clients[random.Next(clients.Count)];
            var pick = random.Next(workers.Count);
            // Someone other than the responsible worker: they would need no reason.
            var worker = workers[pick] == client.Worker ? workers[(pick + 1) % workers.Count] : workers[pick];

            var granted = now.AddDays(-random.Next(365)).AddMinutes(-random.Next(8 * 60));
            var (reason, text) = StatedReasonTexts[random.Next(StatedReasonTexts.Length)];
            var access = WithId(StatedReasonAccess.Grant(organisation.Id, client.Client.Id, worker.Employee.Id, reason, text, granted), granted);
            if (granted < now.AddDays(-7))
            {
                access.MarkReviewed(registrar.Employee.Id, granted.AddDays(2));
            }

            yield return access;
        }
    }

    private static string D(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
}
