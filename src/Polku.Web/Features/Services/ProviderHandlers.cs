using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Services;

/// <summary>
/// The providers an organisation works with: partner organisations (purchased service providers, third-sector
/// partners) with their contacts, and its own units that run services.
/// </summary>
public sealed class ProviderHandlers(PolkuDbContext db, IStringLocalizer<Strings> l)
{
    public const string Partner = "Partner";
    public const string OwnUnit = "Unit";

    public async Task<IReadOnlyList<ProviderRow>> ListAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var organisationId = user.OrganisationId;
        var partners = await db.Partnerships.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .Join(db.Organisations, p => p.ProviderId, o => o.Id, (p, o) => new { o.Id, o.Code, o.Name, p.Mode, p.Contacts })
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && db.Services.Any(s => s.UnitId == u.Id))
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(cancellationToken);
        var language = Infrastructure.Localization.UiLanguage.Current;
        return partners.Select(p => new ProviderRow(p.Id, Partner, p.Code, p.Name, p.Mode, p.Contacts))
            .OrderBy(p => p.Name.In(language), StringComparer.CurrentCulture)
            .Concat(units.Select(u => new ProviderRow(u.Id, OwnUnit, "", u.Name, null, [])).OrderBy(u => u.Name.In(language), StringComparer.CurrentCulture))
            .ToList();
    }

    /// <summary>
    /// Adds a provider and the partnership with it. A provider already known by its business id (another
    /// organisation's partner) is linked, not added twice; one that is already a partner is a conflict.
    /// </summary>
    public async Task<Result<ProviderRow>> CreateAsync(CurrentUser user, ProviderInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        if (validation.Required("code", input.Code) && !IsBusinessId(input.Code!.Trim()))
        {
            validation.Add("code", "Providers.BusinessIdFormat");
        }

        validation.MaxLength("nameFi", input.NameFi, TextLimits.LocalizedName);
        validation.MaxLength("nameSv", input.NameSv, TextLimits.LocalizedName);
        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            validation.Add("mode", "Validation.Required");
        }

        var contacts = (input.Contacts ?? []).OfType<ContactInput>().Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Email) || !string.IsNullOrWhiteSpace(c.Phone)).ToList();
        for (var i = 0; i < contacts.Count; i++)
        {
            validation.RequiredText($"contacts[{i}].name", contacts[i].Name, TextLimits.Name);
            validation.Email($"contacts[{i}].email", contacts[i].Email);
            validation.MaxLength($"contacts[{i}].phone", contacts[i].Phone, TextLimits.Phone);
            validation.MaxLength($"contacts[{i}].role", contacts[i].Role, TextLimits.Name);
        }

        if (!validation.IsValid)
        {
            return Result<ProviderRow>.Invalid(validation.Errors);
        }

        var code = input.Code!.Trim();
        var organisationId = user.OrganisationId;
        var existing = await db.Organisations.SingleOrDefaultAsync(o => o.Code == code, cancellationToken);
        if (existing is not null && existing.Kind != OrganisationKind.ServiceProvider)
        {
            return Result<ProviderRow>.Conflict(l["Providers.NotAProvider", code]);
        }

        if (existing is not null && await db.Partnerships.AnyAsync(p => p.OrganisationId == organisationId && p.ProviderId == existing.Id, cancellationToken))
        {
            return Result<ProviderRow>.Conflict(l["Providers.AlreadyPartner", existing.Name.In(Infrastructure.Localization.UiLanguage.Current)]);
        }

        if (existing is null && string.IsNullOrWhiteSpace(input.NameFi))
        {
            return Result<ProviderRow>.Invalid("nameFi", l["Validation.Required"]);
        }

        var provider = existing ?? new Domain.Organisations.Organisation
        {
            Code = code, Name = new(input.NameFi!.Trim(), input.NameSv?.Trim() ?? "", ""), Kind = OrganisationKind.ServiceProvider,
            Languages = string.IsNullOrWhiteSpace(input.NameSv) ? ["fi"] : ["fi", "sv"],
        };
        if (existing is null)
        {
            db.Organisations.Add(provider);
        }

        var partnership = new Partnership
        {
            OrganisationId = organisationId, ProviderId = provider.Id, Mode = input.Mode!.Value,
            Contacts = [.. contacts.Select(c => new ProviderContact(c.Name!.Trim(), c.Email?.Trim() ?? "", c.Phone?.Trim() ?? "", c.Role?.Trim() ?? ""))],
        };
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return Result<ProviderRow>.Created(new ProviderRow(provider.Id, Partner, provider.Code, provider.Name, partnership.Mode, partnership.Contacts));
    }

    /// <summary>A Finnish business id (Y-tunnus): seven digits, a hyphen and the check digit (weights 7, 9, 10, 5, 8, 4, 2; modulo 11).</summary>
    public static bool IsBusinessId(string code)
    {
        if (code.Length != 9 || code[7] != '-' || !code.Where((_, i) => i != 7).All(char.IsAsciiDigit))
        {
            return false;
        }

        int[] weights = [7, 9, 10, 5, 8, 4, 2];
        var remainder = weights.Select((w, i) => w * (code[i] - '0')).Sum() % 11;
        return remainder != 1 && code[8] - '0' == (remainder == 0 ? 0 : 11 - remainder);
    }
}
