using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Clients;
using Polku.Domain.Decisions;
using Polku.Domain.People;
using Polku.Web.Features.AppealInstructions;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Decisions;

/// <summary>
/// The decision as a document in its own language, for the page and the PDF alike: the client, the officials with the
/// titles of their offices, the provisions cited, and the appeal instructions it was (or will be) signed with.
/// </summary>
public sealed class DecisionDocuments(PolkuDbContext db, DecisionHandlers decisions, DecisionTypeQuery types, AppealInstructionHandlers appealInstructions, IStringLocalizer<Strings> l)
{
    /// <summary>The document of a decision the user may read; the read is checked and audited by <see cref="DecisionHandlers.GetAsync"/>.</summary>
    public async Task<Result<DecisionDocument>> ForAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var read = await decisions.GetAsync(user, id, cancellationToken);
        return read.Succeeded ? Result<DecisionDocument>.Ok(await OfAsync(user, read.Value!, cancellationToken)) : read.As<DecisionDocument>();
    }

    /// <summary>The document of a decision already read (its view).</summary>
    public async Task<DecisionDocument> OfAsync(CurrentUser user, DecisionView view, CancellationToken cancellationToken)
    {
        var language = view.Content.Language;
        using var documentLanguage = UiLanguage.Use(language);
        // The client by a join: several of its columns picked inside the projection would make the database number every client.
        var facts = await (
                from d in db.Decisions.AsNoTracking()
                where d.Id == view.Id
                join c in db.Clients on d.ClientId equals c.Id
                join o in db.Organisations on d.OrganisationId equals o.Id
                select new
                {
                    d.OrganisationId,
                    d.PreparerId,
                    d.SignerId,
                    Client = new { c.IdentityCode, c.BirthDate, c.Address, c.NonDisclosure, c.ResponsibleWorkerId },
                    Organisation = o.Name,
                })
            .SingleAsync(cancellationToken);
        var type = await types.FindAsync(facts.OrganisationId, view.Content.TypeCode, cancellationToken);
        // A signed decision prints the instructions it was signed with; a draft the current ones.
        var instruction = view.AppealInstructionVersion is { } version
            ? await appealInstructions.VersionAsync(facts.OrganisationId, version, cancellationToken)
            : await appealInstructions.CurrentAsync(facts.OrganisationId, cancellationToken);
        var client = facts.Client;
        var chain = view.Chain.Chain;
        return new DecisionDocument(
            view.Id, language, view.Status, facts.Organisation.In(language), view.ClientName, client.IdentityCode, client.BirthDate,
            ClientAddress.Visible(client.Address, client.NonDisclosure, client.ResponsibleWorkerId, user.Id),
            type?.Name.In(language) ?? view.Content.TypeCode, view.Content,
            view.Content.LegalBases.Select(code => LegalBases.Find(code)?.Cite(language) ?? code).ToList(),
            await OfficialAsync(facts.PreparerId, chain.Preparers, cancellationToken),
            facts.SignerId is { } signer ? await OfficialAsync(signer, chain.Signers, cancellationToken) : null,
            view.DecidedOn, view.Appeal, instruction?.In(language), instruction?.Version, view.AnnulmentReason, view.PreviousDecisionId, view.Archive);
    }

    /// <summary>The person with the title of the office they act in, by the chain's roles, in the document's language.</summary>
    private async Task<DecisionOfficial> OfficialAsync(Guid employeeId, IEnumerable<Role> chainRoles, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
            .Select(e => new { Name = e.FirstName + " " + e.LastName, Roles = e.Roles.Select(r => r.Role).ToList() }).SingleAsync(cancellationToken);
        var role = chainRoles.Intersect(employee.Roles).Order().Cast<Role?>().FirstOrDefault() ?? employee.Roles.Order().Cast<Role?>().FirstOrDefault();
        return new DecisionOfficial(employee.Name, role is { } r ? l["Role." + r] : "");
    }
}
