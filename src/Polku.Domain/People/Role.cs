namespace Polku.Domain.People;

/// <summary>The roles an employee holds in an organisation (domain.md § People).</summary>
public enum Role
{
    SocialWorker,
    SocialCounsellor,
    LeadingSocialWorker,
    SteeringGroupMember,
    SocialDirector,
    ProviderStaff,
    Administrator,
    Registrar,
}
