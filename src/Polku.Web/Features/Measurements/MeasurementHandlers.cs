using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Common;
using Polku.Domain.Instruments;
using Polku.Web.Features.Instruments;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Measurements;

/// <summary>
/// A measurement to record: the instrument version, stage, rater, day and a score per domain code — or, for an
/// external instrument, its overall result and a link to it.
/// </summary>
public sealed record MeasurementInput(
    Guid? InstrumentId, MeasurementStage? Stage, Rater? Rater, DateOnly? MeasuredOn, Dictionary<string, int?>? Scores, string? Result = null, string? Link = null);

/// <summary>A domain's score, and its change from the rater's initial measurement (null on the initial one itself).</summary>
public sealed record ScoreView(string Domain, int Value, int? Change);

public sealed record MeasurementView(
    Guid Id, Guid ClientId, Guid InstrumentId, string InstrumentKey, int VersionNumber, MeasurementStage Stage, Rater Rater, DateOnly MeasuredOn,
    IReadOnlyList<ScoreView> Scores, string? Result, string? Link, string RecordedBy, DateTimeOffset RecordedAt, Guid? BaselineId);

/// <summary>
/// A client's measurements with one instrument, across its versions, ordered by date. <see cref="Domains"/> are those of
/// the latest version measured, then any an older version had.
/// </summary>
public sealed record SeriesView(
    string InstrumentKey, Guid LatestInstrumentId, LocalizedName Name, bool External, IReadOnlyList<InstrumentDomain> Domains, IReadOnlyList<MeasurementView> Measurements);

/// <summary>What the form to record a measurement needs: the client, the instruments to choose from and the client's series so far.</summary>
public sealed record MeasurementFormView(Guid ClientId, string ClientName, IReadOnlyList<InstrumentView> Instruments, IReadOnlyList<SeriesView> Series);

public sealed record ClientMeasurementsView(Guid ClientId, string ClientName, IReadOnlyList<SeriesView> Series, IReadOnlyList<string> PermittedActions);

/// <summary>Measurements of a client with the organisation's instruments: recorded against the version's definition, read as series with their change.</summary>
public sealed class MeasurementHandlers(
    PolkuDbContext db, ClientAccess access, InstrumentHandlers instruments, ClientMeasurementRecords records, AuditLog audit, Clock clock, IStringLocalizer<Strings> l)
{
    public async Task<Result<MeasurementView>> RecordAsync(CurrentUser user, Guid clientId, MeasurementInput input, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.MeasurementWrite, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<MeasurementView>.Refused(check);
        }

        var validation = new Validation(l);
        var instrument = input.InstrumentId is { } instrumentId
            ? await instruments.Readable(user.OrganisationId).SingleOrDefaultAsync(i => i.Id == instrumentId, cancellationToken)
            : null;
        if (instrument is null)
        {
            validation.Add("instrumentId", input.InstrumentId is null ? "Validation.Required" : "Validation.UnknownCode");
        }
        else if (!instrument.Active)
        {
            validation.Add("instrumentId", "Measurements.InstrumentRetired");
        }

        if (input.Stage is not { } stage || !Enum.IsDefined(stage))
        {
            validation.Add("stage", "Validation.Required");
        }

        if (input.Rater is not { } rater || !Enum.IsDefined(rater))
        {
            validation.Add("rater", "Validation.Required");
        }

        if (input.MeasuredOn is null)
        {
            validation.Add("measuredOn", "Validation.Required");
        }

        validation.NotInFuture("measuredOn", input.MeasuredOn, clock.Today);
        validation.MaxLength("result", input.Result, TextLimits.Explanation);
        validation.MaxLength("link", input.Link, TextLimits.PageAddress);
        if (!string.IsNullOrWhiteSpace(input.Link) && !DefinitionRule.IsWebAddress(input.Link))
        {
            validation.Add("link", "Instruments.Problem.LinkInvalid");
        }

        var scores = (input.Scores ?? []).Where(s => s.Key is not null).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        if (instrument is not null && input.Rater is { } given && Enum.IsDefined(given))
        {
            foreach (var problem in MeasurementRule.Check(instrument, given, scores, input.Result))
            {
                validation.Errors.TryAdd(problem.Field, [Message(problem, instrument)]);
            }
        }

        if (!validation.IsValid)
        {
            return Result<MeasurementView>.Invalid(validation.Errors);
        }

        var measurement = new Measurement
        {
            OrganisationId = user.OrganisationId,
            ClientId = clientId,
            InstrumentId = instrument!.Id,
            Stage = input.Stage!.Value,
            Rater = input.Rater!.Value,
            MeasuredOn = input.MeasuredOn!.Value,
            Scores = instrument.Domains.Select(d => new DomainScore { Domain = d.Code, Value = scores[d.Code]!.Value }).ToList(),
            Result = instrument.External ? input.Result!.Trim() : null,
            Link = instrument.External && !string.IsNullOrWhiteSpace(input.Link) ? input.Link.Trim() : null,
            RecordedBy = user.Id,
            RecordedAt = clock.Now,
        };
        db.Measurements.Add(measurement);
        audit.Stage(Actions.MeasurementWrite, clientId);
        await db.SaveChangesAsync(cancellationToken);
        audit.Read(clientId);
        var series = await SeriesAsync(clientId, instrument.Key, cancellationToken);
        return Result<MeasurementView>.Created(series.Single().Measurements.Single(m => m.Id == measurement.Id));
    }

    /// <summary>For the form: the client, when the user may record a measurement for them, with the active instruments; audited as a read.</summary>
    public async Task<Result<MeasurementFormView>> FormAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.MeasurementWrite, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<MeasurementFormView>.Refused(check);
        }

        audit.Read(clientId);
        var name = await access.Clients(user, Actions.MeasurementWrite).Where(c => c.Id == clientId)
            .Select(c => c.LastName + " " + c.FirstNames).SingleAsync(cancellationToken);
        return Result<MeasurementFormView>.Ok(new MeasurementFormView(
            clientId, name, await instruments.LatestAsync(user.OrganisationId, activeOnly: true, cancellationToken),
            await SeriesAsync(clientId, null, cancellationToken)));
    }

    /// <summary>One instrument version the organisation may read, for resolving a link to an older version.</summary>
    public Task<InstrumentView?> InstrumentAsync(CurrentUser user, Guid id, CancellationToken cancellationToken) => instruments.GetAsync(user, id, cancellationToken);

    /// <summary>The client's series, one per instrument, or only the instrument the given version belongs to; the read is audited.</summary>
    public async Task<Result<ClientMeasurementsView>> GetAsync(CurrentUser user, Guid clientId, Guid? instrumentId, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.MeasurementRead, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<ClientMeasurementsView>.Refused(check);
        }

        string? key = null;
        if (instrumentId is { } id)
        {
            key = await instruments.Readable(user.OrganisationId).Where(i => i.Id == id).Select(i => i.Key).SingleOrDefaultAsync(cancellationToken);
            if (key is null)
            {
                return Result<ClientMeasurementsView>.Invalid("instrumentId", l["Validation.UnknownCode"]);
            }
        }

        audit.Read(clientId);
        var name = await access.Clients(user, Actions.MeasurementRead).Where(c => c.Id == clientId)
            .Select(c => c.LastName + " " + c.FirstNames).SingleAsync(cancellationToken);
        var series = await SeriesAsync(clientId, key, cancellationToken);
        return Result<ClientMeasurementsView>.Ok(new ClientMeasurementsView(clientId, name, series, check.PermittedActions));
    }

    /// <summary>
    /// The client's measurements grouped by instrument, each series by date with the change per domain from the rater's
    /// initial measurement; for a caller that has checked the client (the page, the client page section).
    /// </summary>
    public async Task<List<SeriesView>> SeriesAsync(Guid clientId, string? key, CancellationToken cancellationToken)
    {
        var rows = await records.ForClientAsync(clientId, key, cancellationToken);
        var versions = rows.Select(r => r.Instrument).DistinctBy(i => i.Id).ToDictionary(i => i.Id);
        var language = UiLanguage.Current;
        return rows
            .GroupBy(r => versions[r.Measurement.InstrumentId].Key)
            .Select(group =>
            {
                var ordered = group.OrderBy(r => r.Measurement.MeasuredOn).ThenBy(r => r.Measurement.RecordedAt).ToList();
                var scored = ordered.Select(r => new ScoredMeasurement(
                    r.Measurement.Id, r.Measurement.Rater, r.Measurement.Stage, r.Measurement.MeasuredOn,
                    r.Measurement.Scores.ToDictionary(s => s.Domain, s => s.Value, StringComparer.Ordinal))).ToList();
                var measured = ordered.Select(r => versions[r.Measurement.InstrumentId]).DistinctBy(i => i.Id).OrderByDescending(i => i.VersionNumber).ToList();
                var latest = measured[0];
                var domains = measured.SelectMany(i => i.Domains).DistinctBy(d => d.Code).ToList();
                var views = ordered.Select((r, index) =>
                {
                    var m = r.Measurement;
                    var baseline = ChangeRule.BaselineFor(scored, m.Rater)!;
                    var change = ChangeRule.Change(baseline, scored[index]);
                    var order = domains.Select(d => d.Code).ToList();
                    return new MeasurementView(
                        m.Id, m.ClientId, m.InstrumentId, group.Key, versions[m.InstrumentId].VersionNumber, m.Stage, m.Rater, m.MeasuredOn,
                        m.Scores.OrderBy(s => order.IndexOf(s.Domain))
                            .Select(s => new ScoreView(s.Domain, s.Value, change.TryGetValue(s.Domain, out var c) ? c : null)).ToList(),
                        m.Result, m.Link, r.RecordedBy ?? "", m.RecordedAt, baseline.Id == m.Id ? null : baseline.Id);
                }).ToList();
                return new SeriesView(group.Key, latest.Id, latest.Name, latest.External, domains, views);
            })
            .OrderBy(s => s.External).ThenBy(s => s.Name.In(language), StringComparer.CurrentCulture)
            .ToList();
    }

    private string Message(MeasurementProblem problem, Instrument instrument)
    {
        var language = UiLanguage.Current;
        return problem.Kind switch
        {
            MeasurementProblemKind.RaterNotAllowed => l["Measurements.RaterNotAllowed", string.Join(", ", instrument.Raters.Select(r => l["Rater." + r].Value))],
            MeasurementProblemKind.UnknownDomain => l["Measurements.UnknownDomain", problem.Field["scores.".Length..]],
            MeasurementProblemKind.MissingDomain => l["Measurements.MissingDomain", problem.Domain!.Name.In(language)],
            MeasurementProblemKind.OutsideScale => l["Measurements.OutsideScale", problem.Domain!.Name.In(language), problem.Domain.Min, problem.Domain.Max],
            _ => l["Measurements.ResultRequired"],
        };
    }
}
