using Polku.Domain.Access;
using Polku.Domain.People;

namespace Polku.Domain.Tests.Access;

public sealed class RolePermissionsTests
{
    [Fact]
    public void Every_action_is_permitted_to_some_role()
    {
        var unused = Actions.All.Where(action => !Enum.GetValues<Role>().Any(role => RolePermissions.Allows([role], action)));
        Assert.Empty(unused);
    }

    [Fact]
    public void Actions_are_read_from_the_constants() =>
        Assert.Contains(Actions.EmployeeUpdate, Actions.All);

    [Theory]
    [InlineData(Role.SocialWorker, Actions.HomeRead, true)]
    [InlineData(Role.SocialWorker, Actions.EmployeeList, false)]
    [InlineData(Role.SocialWorker, Actions.AuditRead, false)]
    [InlineData(Role.ProviderStaff, Actions.EmployeeRead, false)]
    [InlineData(Role.Administrator, Actions.EmployeeUpdate, true)]
    [InlineData(Role.Registrar, Actions.AuditRead, true)]
    [InlineData(Role.Registrar, Actions.EmployeeUpdate, false)]
    [InlineData(Role.LeadingSocialWorker, Actions.EmployeeList, true)]
    public void Role_permits_action_as_the_national_default_says(Role role, string action, bool allowed) =>
        Assert.Equal(allowed, RolePermissions.Allows([role], action));

    [Fact]
    public void Any_one_role_is_enough() =>
        Assert.True(RolePermissions.Allows([Role.SocialWorker, Role.Registrar], Actions.AuditRead));

    [Fact]
    public void No_roles_permit_nothing() =>
        Assert.DoesNotContain(Actions.All, action => RolePermissions.Allows([], action));
}
