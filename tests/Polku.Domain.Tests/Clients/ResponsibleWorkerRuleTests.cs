using Polku.Domain.Clients;
using Polku.Domain.People;

namespace Polku.Domain.Tests.Clients;

/// <summary>SHL § 42: a client in need of special support has a social worker as responsible worker.</summary>
public sealed class ResponsibleWorkerRuleTests
{
    private static readonly Guid Organisation = Guid.NewGuid();

    [Theory]
    [InlineData(false, Role.SocialCounsellor, ResponsibleWorkerRefusal.None)]
    [InlineData(false, Role.SocialWorker, ResponsibleWorkerRefusal.None)]
    [InlineData(true, Role.SocialWorker, ResponsibleWorkerRefusal.None)]
    [InlineData(true, Role.SocialCounsellor, ResponsibleWorkerRefusal.SocialWorkerRequired)]
    [InlineData(true, Role.LeadingSocialWorker, ResponsibleWorkerRefusal.SocialWorkerRequired)]
    public void Special_support_needs_a_social_worker(bool specialSupport, Role role, ResponsibleWorkerRefusal expected) =>
        Assert.Equal(expected, ResponsibleWorkerRule.Check(Client(specialSupport), Organisation, true, [role]));

    [Fact]
    public void A_worker_of_another_organisation_is_refused() =>
        Assert.Equal(ResponsibleWorkerRefusal.OtherOrganisation, ResponsibleWorkerRule.Check(Client(false), Guid.NewGuid(), true, [Role.SocialWorker]));

    [Fact]
    public void A_worker_who_has_left_is_refused() =>
        Assert.Equal(ResponsibleWorkerRefusal.Inactive, ResponsibleWorkerRule.Check(Client(false), Organisation, false, [Role.SocialWorker]));

    private static Client Client(bool specialSupport) =>
        new() { OrganisationId = Organisation, FirstNames = "Testi", LastName = "Asiakas", ServiceTaskCode = "local:test", NeedsSpecialSupport = specialSupport };
}
