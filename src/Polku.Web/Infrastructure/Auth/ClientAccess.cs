using Polku.Data;
using Polku.Domain.Clients;

namespace Polku.Web.Infrastructure.Auth;

public static class ClientAccess
{
    /// <summary>
    /// The clients a user may see, as a query so lists are filtered in the database. Today: the clients of the
    /// user's own organisation; rules on the user's relation to the client (team, provider with an active
    /// commitment, steering group) narrow this one place.
    /// </summary>
    public static IQueryable<Client> VisibleClients(this PolkuDbContext db, CurrentUser user) =>
        db.Clients.Where(c => c.OrganisationId == user.OrganisationId);
}
