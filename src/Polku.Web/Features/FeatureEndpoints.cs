using Polku.Web.Features.Assessments;
using Polku.Web.Features.AuditTrail;
using Polku.Web.Features.ClientRecord;
using Polku.Web.Features.Clients;
using Polku.Web.Features.CodeLists;
using Polku.Web.Features.Configuration;
using Polku.Web.Features.Language;
using Polku.Web.Features.Profile;
using Polku.Web.Features.Organisation;
using Polku.Web.Features.People;
using Polku.Web.Features.Referrals;
using Polku.Web.Features.SignIn;

namespace Polku.Web.Features;

public static class FeatureEndpoints
{
    /// <summary>Every feature's endpoints; pages are found by the router.</summary>
    public static IEndpointRouteBuilder MapFeatures(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Polku");
        api.MapSignInApi();
        api.MapMeApi();
        api.MapPeopleApi();
        api.MapOrganisationApi();
        api.MapAuditTrailApi();
        api.MapCodeListsApi();
        api.MapClientsApi();
        api.MapReferralsApi();
        api.MapAssessmentsApi();
        api.MapClientRecordApi();
        api.MapConfigurationApi();
        app.MapSignOut();
        app.MapLanguageSwitch();
        return app;
    }
}
