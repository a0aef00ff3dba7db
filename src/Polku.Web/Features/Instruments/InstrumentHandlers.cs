using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Instruments;
using Polku.Web.Features.Configuration;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Features.Instruments;

public sealed record StepInput(int? Value, NamesInput? Label);

public sealed record DomainInput(string? Code, NamesInput? Name, int? Min, int? Max, IReadOnlyList<StepInput>? Labels);

/// <summary>
/// An instrument definition as an administrator writes it. <see cref="Key"/> names a new instrument and is ignored on
/// an edit; <see cref="Version"/> is the concurrency token of the version read.
/// </summary>
public sealed record InstrumentInput(
    string? Key, NamesInput? Name, bool External, string? Link, IReadOnlyList<Rater>? Raters, IReadOnlyList<DomainInput>? Domains,
    bool Active = true, int Version = 0);

/// <summary>
/// One version of an instrument. <see cref="VersionNumber"/> is the definition's version (1, 2…); <see cref="National"/>
/// marks a national default; <see cref="Latest"/> the version new measurements are recorded with; <see cref="Version"/>
/// is the concurrency token to send back with an edit.
/// </summary>
public sealed record InstrumentView(
    Guid Id, string Key, int VersionNumber, LocalizedName Name, bool External, string? Link, IReadOnlyList<Rater> Raters,
    IReadOnlyList<InstrumentDomain> Domains, bool Active, bool National, bool Latest, int Version)
{
    public static InstrumentView Of(Instrument i, bool latest) => new(
        i.Id, i.Key, i.VersionNumber, i.Name, i.External, i.Link, i.Raters, i.Domains, i.Active, i.OrganisationId == Instrument.National, latest, i.Version);
}

/// <summary>
/// Instrument definitions as an organisation has them: its own, and the national defaults it has not made its own.
/// An edit of a version with measurements, or of a national default, becomes the organisation's next version; the
/// old one stays, readable, for the measurements that were scored on it.
/// </summary>
public sealed partial class InstrumentHandlers(PolkuDbContext db, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    /// <summary>Every version the organisation may read: its own and the national ones (measurements may point to either).</summary>
    public IQueryable<Instrument> Readable(Guid organisationId) =>
        db.Instruments.AsNoTracking().Where(i => i.OrganisationId == organisationId || i.OrganisationId == Instrument.National);

    /// <summary>The versions in effect: the organisation's own instruments, and national ones it has no version of its own of.</summary>
    public IQueryable<Instrument> Effective(Guid organisationId) =>
        db.Instruments.AsNoTracking().Where(i => i.OrganisationId == organisationId
            || (i.OrganisationId == Instrument.National && !db.Instruments.Any(own => own.OrganisationId == organisationId && own.Key == i.Key)));

    /// <summary>The latest effective version of every instrument, by name; retired ones only when asked.</summary>
    public async Task<List<InstrumentView>> LatestAsync(Guid organisationId, bool activeOnly, CancellationToken cancellationToken)
    {
        var all = await Effective(organisationId).ToListAsync(cancellationToken);
        var language = Infrastructure.Localization.UiLanguage.Current;
        return all.GroupBy(i => i.Key)
            .Select(g => g.MaxBy(i => i.VersionNumber)!)
            .Where(i => !activeOnly || i.Active)
            .OrderBy(i => i.External).ThenBy(i => i.Name.In(language), StringComparer.CurrentCulture)
            .Select(i => InstrumentView.Of(i, latest: true))
            .ToList();
    }

    public Task<List<InstrumentView>> LatestAsync(CurrentUser user, CancellationToken cancellationToken) =>
        LatestAsync(user.OrganisationId, activeOnly: false, cancellationToken);

    /// <summary>One version, the latest or an older one kept for its measurements.</summary>
    public async Task<InstrumentView?> GetAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var instrument = await Readable(user.OrganisationId).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return instrument is null ? null : InstrumentView.Of(instrument, await IsLatestAsync(user.OrganisationId, instrument, cancellationToken));
    }

    /// <summary>Every version of the instrument the organisation has had, newest first.</summary>
    public async Task<List<InstrumentView>> VersionsAsync(CurrentUser user, string key, CancellationToken cancellationToken)
    {
        var versions = await Readable(user.OrganisationId).Where(i => i.Key == key).OrderByDescending(i => i.VersionNumber).ToListAsync(cancellationToken);
        var latest = await Effective(user.OrganisationId).Where(i => i.Key == key).MaxAsync(i => (int?)i.VersionNumber, cancellationToken);
        return versions.Select(v => InstrumentView.Of(v, v.VersionNumber == latest && (v.OrganisationId == user.OrganisationId || !versions.Any(o => o.OrganisationId == user.OrganisationId))))
            .ToList();
    }

    /// <summary>A new instrument of the organisation's own, version 1.</summary>
    public async Task<Result<InstrumentView>> CreateAsync(CurrentUser user, InstrumentInput input, CancellationToken cancellationToken)
    {
        var validation = new Validation(l);
        var key = input.Key?.Trim() ?? "";
        if (!DefinitionRule.CodePattern().IsMatch(key))
        {
            validation.Add("key", "Instruments.KeyFormat");
        }
        else if (await Readable(user.OrganisationId).AnyAsync(i => i.Key == key, cancellationToken))
        {
            validation.Add("key", "Instruments.KeyTaken");
        }

        var content = Validate(validation, input);
        if (!validation.IsValid)
        {
            return Result<InstrumentView>.Invalid(validation.Errors);
        }

        var instrument = Instrument.Create(user.OrganisationId, key, 1, content, clock.Now);
        instrument.Active = input.Active;
        db.Instruments.Add(instrument);
        audit.Stage(Actions.ConfigurationManage, []);
        return await SaveAsync(instrument, created: true, cancellationToken);
    }

    /// <summary>
    /// Edits the latest version: in place when it is the organisation's own and has no measurements, otherwise as the
    /// organisation's next version (201), leaving the old one exactly as it was.
    /// </summary>
    public async Task<Result<InstrumentView>> UpdateAsync(CurrentUser user, Guid id, InstrumentInput input, CancellationToken cancellationToken)
    {
        var instrument = await db.Instruments.SingleOrDefaultAsync(
            i => i.Id == id && (i.OrganisationId == user.OrganisationId || i.OrganisationId == Instrument.National), cancellationToken);
        if (instrument is null)
        {
            return Result<InstrumentView>.NotFound();
        }

        if (!await IsLatestAsync(user.OrganisationId, instrument, cancellationToken))
        {
            return Result<InstrumentView>.Conflict(l["Instruments.NotLatest"]);
        }

        var validation = new Validation(l);
        var content = Validate(validation, input);
        if (!validation.IsValid)
        {
            return Result<InstrumentView>.Invalid(validation.Errors);
        }

        if (instrument.Version != input.Version)
        {
            return Result<InstrumentView>.Conflict(l["Problem.Conflict"]);
        }

        var inUse = await db.Measurements.AnyAsync(m => m.InstrumentId == instrument.Id, cancellationToken);
        audit.Stage(Actions.ConfigurationManage, []);
        if (InstrumentVersioning.Decide(instrument, user.OrganisationId, inUse) == EditKind.InPlace)
        {
            db.ExpectVersion(instrument, input.Version);
            instrument.Update(content);
            instrument.Active = input.Active;
            return await SaveAsync(instrument, created: false, cancellationToken);
        }

        var number = await Readable(user.OrganisationId).Where(i => i.Key == instrument.Key).MaxAsync(i => i.VersionNumber, cancellationToken) + 1;
        var next = Instrument.Create(user.OrganisationId, instrument.Key, number, content, clock.Now);
        next.Active = input.Active;
        db.Instruments.Add(next);
        return await SaveAsync(next, created: true, cancellationToken);
    }

    private async Task<bool> IsLatestAsync(Guid organisationId, Instrument instrument, CancellationToken cancellationToken) =>
        await Effective(organisationId).AnyAsync(i => i.Id == instrument.Id, cancellationToken)
        && !await Effective(organisationId).AnyAsync(i => i.Key == instrument.Key && i.VersionNumber > instrument.VersionNumber, cancellationToken);

    private async Task<Result<InstrumentView>> SaveAsync(Instrument instrument, bool created, CancellationToken cancellationToken)
    {
        try
        {
            if (!await db.TrySaveAsync(cancellationToken))
            {
                return Result<InstrumentView>.Conflict(l["Problem.Conflict"]);
            }
        }
        catch (DbUpdateException)
        {
            // Two editors made the same next version at once: the unique (owner, key, version) index lets one win.
            db.ChangeTracker.Clear();
            return Result<InstrumentView>.Conflict(l["Problem.Conflict"]);
        }

        var view = InstrumentView.Of(instrument, latest: true);
        return created ? Result<InstrumentView>.Created(view) : Result<InstrumentView>.Ok(view);
    }

    /// <summary>Texts here, structure by <see cref="DefinitionRule"/>; the content to save when both are sound.</summary>
    private static InstrumentContent Validate(Validation validation, InstrumentInput input)
    {
        var name = Names(validation, "name", input.Name, required: true);
        validation.MaxLength("link", input.Link, TextLimits.PageAddress);
        var domains = new List<InstrumentDomain>();
        var inputs = input.Domains ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            var domain = inputs[i] ?? new DomainInput(null, null, null, null, null);
            var field = $"domains[{i}]";
            var domainName = Names(validation, $"{field}.name", domain.Name, required: true);
            if (domain.Min is null)
            {
                validation.Add($"{field}.min", "Validation.Required");
            }

            if (domain.Max is null)
            {
                validation.Add($"{field}.max", "Validation.Required");
            }

            var labels = new List<ScaleStep>();
            foreach (var step in domain.Labels ?? [])
            {
                if (step?.Value is not { } value)
                {
                    validation.Add($"{field}.labels", "Instruments.LabelValueRequired");
                    continue;
                }

                labels.Add(new ScaleStep(value, Names(validation, $"{field}.labels", step.Label, required: true)));
            }

            domains.Add(new InstrumentDomain(domain.Code?.Trim() ?? "", domainName, domain.Min ?? 0, domain.Max ?? 0, labels.OrderBy(s => s.Value).ToList()));
        }

        var content = new InstrumentContent(name, input.External, input.Link?.Trim(), input.Raters ?? [], domains);
        foreach (var problem in DefinitionRule.Check(content))
        {
            validation.Add(problem.Field, "Instruments.Problem." + problem.Kind, DefinitionRule.MaxDomains, DefinitionRule.MaxSteps);
        }

        return content;
    }

    private static LocalizedName Names(Validation validation, string field, NamesInput? names, bool required)
    {
        foreach (var (language, text) in new[] { ("fi", names?.Fi), ("sv", names?.Sv), ("en", names?.En) })
        {
            if (required)
            {
                validation.RequiredText($"{field}.{language}", text, TextLimits.LocalizedName);
            }
            else
            {
                validation.MaxLength($"{field}.{language}", text, TextLimits.LocalizedName);
            }
        }

        return new LocalizedName(names?.Fi?.Trim() ?? "", names?.Sv?.Trim() ?? "", names?.En?.Trim() ?? "");
    }
}
