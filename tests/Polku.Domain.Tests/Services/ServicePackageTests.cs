using Polku.Domain.Services;

namespace Polku.Domain.Tests.Services;

public sealed class ServicePackageTests
{
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly DateOnly Started = new(2026, 9, 1);

    [Fact]
    public void A_package_starts_at_a_level_and_keeps_every_change()
    {
        var package = ServicePackage.Start(Guid.NewGuid(), Guid.NewGuid(), null, "Työllistymistä tukeva palvelupaketti", [Guid.NewGuid(), Guid.NewGuid()], SupportLevel.Intensive, Worker, Started);
        package.ChangeLevel(SupportLevel.Basic, Worker, Started.AddMonths(2), "Arki sujuu, tuki harvenee.");
        package.ChangeLevel(SupportLevel.Intensive, Worker, Started.AddMonths(2), "Kriisi samana päivänä.");

        Assert.Equal(SupportLevel.Intensive, package.Level);
        Assert.Equal([SupportLevel.Intensive, SupportLevel.Basic, SupportLevel.Intensive], package.Levels.Select(l => l.Level));
        Assert.Equal(2, package.ServiceIds.Count);
    }

    [Fact]
    public void A_change_cannot_go_back_before_the_previous_one()
    {
        var package = ServicePackage.Start(Guid.NewGuid(), Guid.NewGuid(), null, "Arjen tukipaketti", [], SupportLevel.Light, Worker, Started);

        Assert.Throws<ArgumentOutOfRangeException>(() => package.ChangeLevel(SupportLevel.Basic, Worker, Started.AddDays(-1)));
        Assert.Single(package.Levels);
    }
}
