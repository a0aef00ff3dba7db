using Polku.Domain.Access;
using Polku.Domain.People;

namespace Polku.Domain.Tests.Access;

public sealed class AccessRulesTests
{
    [Theory]
    [InlineData(Role.SocialWorker, Relation.ResponsibleWorker, true)]
    [InlineData(Role.SocialWorker, Relation.Team, true)]
    [InlineData(Role.SocialWorker, Relation.ServiceTask, true)]
    [InlineData(Role.SocialWorker, Relation.StatedReason, true)]
    [InlineData(Role.SocialWorker, Relation.Organisation, false)]
    [InlineData(Role.SocialWorker, Relation.UnitLead, false)]
    [InlineData(Role.LeadingSocialWorker, Relation.UnitLead, true)]
    [InlineData(Role.LeadingSocialWorker, Relation.Team, false)]
    [InlineData(Role.Registrar, Relation.Organisation, false)]
    [InlineData(Role.Administrator, Relation.ServiceTask, false)]
    [InlineData(Role.ProviderStaff, Relation.ServiceTask, false)]
    public void Reading_a_client_needs_a_role_that_reads_and_a_relation_that_counts_for_it(Role role, Relation relation, bool allowed) =>
        Assert.Equal(allowed, AccessRules.Allows([role], Actions.ClientRead, new HashSet<Relation> { relation }));

    [Fact]
    public void The_registrar_finds_any_client_of_the_organisation_but_reads_no_record() =>
        Assert.Equal(
            [Actions.ClientSearch],
            AccessRules.PermittedActions([Role.Registrar], new HashSet<Relation> { Relation.Organisation }));

    [Fact]
    public void No_relation_means_no_client_action_for_anyone() =>
        Assert.All(Enum.GetValues<Role>(), role => Assert.Empty(AccessRules.PermittedActions([role], new HashSet<Relation>())));

    [Fact]
    public void A_lead_shares_the_work_out_but_does_not_write_the_record()
    {
        var actions = AccessRules.PermittedActions([Role.LeadingSocialWorker], new HashSet<Relation> { Relation.UnitLead });
        Assert.Contains(Actions.ResponsibleWorkerAssign, actions);
        Assert.DoesNotContain(Actions.RecordEntryCreate, actions);
        Assert.DoesNotContain(Actions.AssessmentWrite, actions);
    }

    [Fact]
    public void Stating_a_reason_is_open_to_workers_and_leads_only()
    {
        Assert.True(AccessRules.MayStateReason([Role.SocialCounsellor], Actions.ClientRead));
        Assert.True(AccessRules.MayStateReason([Role.SocialDirector], Actions.ClientRead));
        Assert.False(AccessRules.MayStateReason([Role.Registrar], Actions.ClientRead));
        Assert.False(AccessRules.MayStateReason([Role.ProviderStaff], Actions.ClientRead));
    }

    [Fact]
    public void Every_client_action_is_a_known_action() =>
        Assert.All(AccessRules.ClientActions, action => Assert.Contains(action, Actions.All));

    [Fact]
    public void A_stated_reason_lasts_a_working_day_and_is_reviewed_once()
    {
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var access = StatedReasonAccess.Grant(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AccessReason.UrgentMatter, "  kiire  ", now);
        Assert.Equal(now.AddHours(8), access.ExpiresAt);
        Assert.Equal("kiire", access.Explanation);
        var registrar = Guid.NewGuid();
        access.MarkReviewed(registrar, now.AddDays(1));
        access.MarkReviewed(Guid.NewGuid(), now.AddDays(2));
        Assert.Equal(registrar, access.ReviewedBy);
        Assert.Equal(now.AddDays(1), access.ReviewedAt);
    }
}
