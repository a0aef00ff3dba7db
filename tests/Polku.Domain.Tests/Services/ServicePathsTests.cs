using Polku.Domain.Services;

namespace Polku.Domain.Tests.Services;

public class ServicePathsTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly PathTemplate General = PathTemplates.General();
    private static readonly PathTemplate Vaasa = PathTemplates.Vaasa(Guid.NewGuid());

    [Fact]
    public void A_first_service_enters_the_path_at_its_step()
    {
        Assert.Equal((null, "work-activity"), ServicePaths.TransitionOnStart(General, [], ServiceType.Workshop, "upseeri"));
        Assert.Equal((null, "vuorikoti"), ServicePaths.TransitionOnStart(Vaasa, [], ServiceType.WorkActivity, "vuorikoti"));
    }

    [Fact]
    public void A_service_further_on_moves_the_client_from_the_step_reached()
    {
        ServiceUse[] before = [new(ServiceType.WorkActivity, "vuorikoti", Day, Day.AddMonths(6))];
        Assert.Equal(("vuorikoti", "himalaja"), ServicePaths.TransitionOnStart(Vaasa, before, ServiceType.WorkActivity, "himalaja"));
        Assert.Equal(("himalaja", "wage-subsidy"), ServicePaths.TransitionOnStart(Vaasa, [.. before, new(ServiceType.WorkActivity, "himalaja", Day.AddMonths(6), null)], ServiceType.WorkTrial, "trial"));
    }

    [Fact]
    public void A_service_of_the_same_step_or_behind_records_no_move()
    {
        ServiceUse[] before = [new(ServiceType.WorkActivity, "vuorikoti", Day, null)];
        // Himalaja is work activity too: on the general path the client stays where they are.
        Assert.Null(ServicePaths.TransitionOnStart(General, before, ServiceType.WorkActivity, "himalaja"));
        Assert.Null(ServicePaths.TransitionOnStart(General, before, ServiceType.GroupActivity, "horisontti"));
        Assert.Null(ServicePaths.TransitionOnStart(Vaasa, before, ServiceType.WorkActivity, "vuorikoti"));
    }

    [Fact]
    public void A_service_off_the_path_records_no_move()
    {
        Assert.Null(ServicePaths.TransitionOnStart(General, [], ServiceType.SupportedHousing, "asuminen"));
        // Vaasa's own steps name their units: another work activity is not on the Vuorikoti path.
        Assert.Null(ServicePaths.TransitionOnStart(Vaasa, [], ServiceType.WorkActivity, "helppari"));
    }

    [Fact]
    public void The_next_step_is_proposed_only_when_the_services_of_the_step_reached_have_ended()
    {
        var running = ServicePaths.Position(Vaasa, [new(ServiceType.WorkActivity, "vuorikoti", Day, null)]);
        Assert.Equal(new PathPosition(0, true, null), running);
        var ended = ServicePaths.Position(Vaasa, [new(ServiceType.WorkActivity, "vuorikoti", Day, Day.AddMonths(6))]);
        Assert.Equal(new PathPosition(0, false, 1), ended);
        var atTheEnd = ServicePaths.Position(Vaasa, [new(ServiceType.OpenLabourMarket, "job", Day, Day.AddDays(1))]);
        Assert.Equal(new PathPosition(3, false, null), atTheEnd);
        Assert.Equal(new PathPosition(null, false, 0), ServicePaths.Position(General, []));
    }

    [Fact]
    public void The_general_path_goes_from_individual_guidance_to_the_open_labour_market()
    {
        Assert.Equal(["individual-guidance", "group", "work-activity", "wage-subsidy", "labour-market"], General.Steps.Select(s => s.Code));
        Assert.Equal(2, General.StepOf(ServiceType.DayActivity, "validia"));
        Assert.Equal(3, General.StepOf(ServiceType.WageSubsidy, "x"));
        Assert.All(General.Steps, s => Assert.All(new[] { s.Name.Fi, s.Name.Sv, s.Name.En }, n => Assert.NotEmpty(n)));
        Assert.Null(General.OrganisationId);
    }
}
