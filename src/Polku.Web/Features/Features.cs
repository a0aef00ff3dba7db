using Polku.Web.Features.Access;
using Polku.Web.Features.AppealInstructions;
using Polku.Web.Features.Assessments;
using Polku.Web.Features.AuditTrail;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Features.Clients;
using Polku.Web.Features.Clients.Sections;
using Polku.Web.Features.CodeLists;
using Polku.Web.Features.Commitments;
using Polku.Web.Features.Configuration;
using Polku.Web.Features.Decisions;
using Polku.Web.Features.Groups;
using Polku.Web.Features.Home;
using Polku.Web.Features.Instruments;
using Polku.Web.Features.Language;
using Polku.Web.Features.Measurements;
using Polku.Web.Features.Organisation;
using Polku.Web.Features.Packages;
using Polku.Web.Features.Paths;
using Polku.Web.Features.Plans;
using Polku.Web.Features.People;
using Polku.Web.Features.Profile;
using Polku.Web.Features.ProviderReferrals;
using Polku.Web.Features.Referrals;
using Polku.Web.Features.Services;
using Polku.Web.Features.SignIn;

namespace Polku.Web.Features;

/// <summary>
/// A feature registers here once: its services (handlers, client page section, timeline source, work queue source)
/// and its API.
/// Its pages are found by the router.
/// </summary>
public sealed record Feature(string Name, Action<IServiceCollection> Services, Action<RouteGroupBuilder>? Api = null);

public static class Features
{
    public static IReadOnlyList<Feature> All { get; } =
    [
        new("SignIn", s => s.AddScoped<PasswordCheck>(), api => api.MapSignInApi()),
        new("Profile", _ => { }, api => api.MapMeApi()),
        new("People", s => s.AddScoped<EmployeeHandlers>().AddScoped<EmployeeNames>(), api => api.MapPeopleApi()),
        new("Organisation", s => s.AddScoped<OrganisationQuery>(), api => api.MapOrganisationApi()),
        new("AuditTrail", s => s.AddScoped<AuditTrailQuery>(), api => api.MapAuditTrailApi()),
        new("CodeLists", s => s.AddScoped<CodeListQuery>(), api => api.MapCodeListsApi()),
        new("Configuration", s => s.AddScoped<ConfigurationHandlers>(), api => api.MapConfigurationApi()),
        new("AppealInstructions", s => s.AddScoped<AppealInstructionHandlers>(), api => api.MapAppealInstructionsApi()),
        new("Home", s => s.AddScoped<HomeQuery>()),
        new("Clients", s => s.AddScoped<ClientHandlers>().AddClientSection<ResponsibleWorkerSection>().AddClientSection<NonDisclosureSection>(), api => api.MapClientsApi()),
        new("Access", s => s.AddScoped<StatedReasonHandlers>().AddClientSection<StatedReasonsSection>(), api => api.MapAccessApi()),
        new("Referrals", s => s.AddScoped<ReferralHandlers>().AddScoped<ClientReferralRecords>().AddClientSection<ReferralsSection>().AddTimelineSource<ReferralTimeline>()
            .AddWorkQueueSource<ReferralWork>(), api => api.MapReferralsApi()),
        new("Assessments", s => s.AddScoped<AssessmentHandlers>().AddScoped<ClientAssessmentRecords>().AddClientSection<AssessmentsSection>().AddTimelineSource<AssessmentTimeline>()
            .AddWorkQueueSource<AssessmentWork>(), api => api.MapAssessmentsApi()),
        new("Plans", s => s.AddScoped<PlanHandlers>().AddScoped<ReviewHandlers>().AddScoped<PlanPdf>().AddClientSection<PlansSection>().AddTimelineSource<PlanTimeline>()
            .AddWorkQueueSource<ReviewWork>(), api => api.MapPlansApi()),
        new("Decisions", s => s.AddScoped<DecisionHandlers>().AddScoped<DecisionTypeQuery>().AddScoped<DecisionDocuments>().AddScoped<LetterBatch>().AddScoped<DecisionChainSettings>().AddScoped<DeliveryHandlers>()
            .AddScoped<RectificationHandlers>().AddScoped<IDeliveryChannel, LetterChannel>().AddScoped<IDeliveryChannel, InPersonChannel>()
            .AddHostedService<DeliveryOutboxWorker>().AddScoped<ClientDecisionRecords>().AddClientSection<DecisionsSection>().AddTimelineSource<DecisionTimeline>()
            .AddWorkQueueSource<DecisionWork>().AddTeamFigure<DecisionWork>(), api =>
            {
                api.MapDecisionsApi();
                DecisionChainSettings.Map(api);
            }),
        new("ClientRecord", s => s.AddScoped<Timeline>().AddScoped<ClientRecordHandlers>().AddClientSection<RecordSection>()
            .AddScoped<ITimelineSource>(sp => sp.GetRequiredService<ClientRecordHandlers>()), api => api.MapClientRecordApi()),
        new("Commitments", s => s.AddScoped<CommitmentHandlers>().AddScoped<ServiceSettingsHandlers>().AddScoped<NoticeJobs>().AddSingleton<INoticeSender, LoggingNoticeSender>()
            .AddHostedService<NoticeJobWorker>().AddClientSection<CommitmentsSection>().AddWorkQueueSource<CommitmentWork>(), api => api.MapCommitmentsApi()),
        new("Paths", s => s.AddScoped<PathRecorder>().AddScoped<PathQuery>().AddClientSection<PathSection>(), api => api.MapPathsApi()),
        new("ProviderReferrals", s => s.AddScoped<ProviderReferralHandlers>().AddScoped<ClientProviderReferralRecords>().AddClientSection<ProviderReferralsSection>().AddTimelineSource<ProviderReferralTimeline>()
            .AddWorkQueueSource<ProviderReferralWork>(), api => api.MapProviderReferralsApi()),
        new("Services", s => s.AddScoped<ServiceHandlers>().AddScoped<ServiceCatalogue>().AddScoped<ProviderHandlers>().AddScoped<QueueHandlers>().AddScoped<GuidanceHandlers>()
            .AddScoped<ClientServiceRecords>().AddClientSection<ClientServicesSection>().AddTimelineSource<ServicesTimeline>(), api => api.MapServicesApi()),
        new("Instruments", s => s.AddScoped<InstrumentHandlers>(), api => api.MapInstrumentsApi()),
        new("Measurements", s => s.AddScoped<MeasurementHandlers>().AddScoped<ClientMeasurementRecords>().AddClientSection<MeasurementsSection>().AddTimelineSource<MeasurementTimeline>(),
            api => api.MapMeasurementsApi()),
        new("Groups", s => s.AddScoped<GroupHandlers>(), api => api.MapGroupsApi()),
        new("Packages", s => s.AddScoped<PackageHandlers>().AddClientSection<PackagesSection>(), api => api.MapPackagesApi()),
    ];

    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        foreach (var feature in All)
        {
            feature.Services(services);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapFeatures(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Polku");
        foreach (var feature in All)
        {
            feature.Api?.Invoke(api);
        }

        app.MapSignOut();
        app.MapLanguageSwitch();
        return app;
    }

    public static IServiceCollection AddTimelineSource<TSource>(this IServiceCollection services)
        where TSource : class, ITimelineSource =>
        services.AddScoped<ITimelineSource, TSource>();
}
