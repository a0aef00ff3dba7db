using Polku.Domain.People;

namespace Polku.Domain.Clients;

public enum ResponsibleWorkerRefusal
{
    None,
    OtherOrganisation,
    Inactive,
    SocialWorkerRequired,
}

/// <summary>
/// SHL § 42: every client has a named responsible worker; for a client in need of special support
/// it must be a social worker.
/// </summary>
public static class ResponsibleWorkerRule
{
    public static ResponsibleWorkerRefusal Check(Client client, Guid employeeOrganisationId, bool employeeActive, IEnumerable<Role> employeeRoles)
    {
        if (employeeOrganisationId != client.OrganisationId)
        {
            return ResponsibleWorkerRefusal.OtherOrganisation;
        }

        if (!employeeActive)
        {
            return ResponsibleWorkerRefusal.Inactive;
        }

        return client.NeedsSpecialSupport && !employeeRoles.Contains(Role.SocialWorker)
            ? ResponsibleWorkerRefusal.SocialWorkerRequired
            : ResponsibleWorkerRefusal.None;
    }
}
