using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.Access;
using Polku.Domain.Services;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Audit;
using Polku.Web.Infrastructure.Auth;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Features.Paths;

/// <summary>How a step of a path stands for the client.</summary>
public enum PathStepState
{
    /// <summary>Passed: the client has reached this step or one after it.</summary>
    Reached,

    /// <summary>The furthest step reached, with a service of it running.</summary>
    Active,

    /// <summary>The next step, proposed once the services of the step reached have ended.</summary>
    Proposed,

    Ahead,
}

public sealed record PathStepView(string Code, string Name, PathStepState State);

public sealed record PathTransitionView(string? From, string? FromName, string To, string ToName, DateOnly On, string? Service);

/// <summary>One template as the client stands on it: its steps, the moves recorded and the next step proposed.</summary>
public sealed record TemplatePath(string Code, string Name, bool OnPath, IReadOnlyList<PathStepView> Steps, IReadOnlyList<PathTransitionView> Transitions, PathStepView? Proposal);

public sealed record ClientPath(Guid ClientId, IReadOnlyList<TemplatePath> Templates);

/// <summary>A client's position on each of the organisation's paths, from the services they have started and ended.</summary>
public sealed class PathQuery(PolkuDbContext db, PathRecorder recorder, ClientAccess access, AuditLog audit)
{
    public async Task<Result<ClientPath>> GetAsync(CurrentUser user, Guid clientId, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(user, Actions.ClientRead, clientId, cancellationToken);
        if (!check.Allowed)
        {
            return Result<ClientPath>.Refused(check);
        }

        var organisationId = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.OrganisationId).SingleAsync(cancellationToken);
        audit.Read(clientId);
        return Result<ClientPath>.Ok(await ForClientAsync(organisationId, clientId, cancellationToken));
    }

    /// <summary>
    /// For a caller that has checked the client (the client page, the end of a service). With <paramref name="onlyWhenMoved"/>,
    /// a client with no moves recorded gets no templates, for one query (the client page shows "not yet").
    /// </summary>
    public async Task<ClientPath> ForClientAsync(Guid organisationId, Guid clientId, CancellationToken cancellationToken, bool onlyWhenMoved = false)
    {
        var language = UiLanguage.Current;
        var transitions = await (
                from t in db.PathTransitions.AsNoTracking()
                where t.ClientId == clientId
                join s in db.Services on t.ServiceId equals s.Id into service
                from s in service.DefaultIfEmpty()
                orderby t.On, t.Id
                select new { t.TemplateCode, t.FromStep, t.ToStep, t.On, Service = s == null ? null : s.Name })
            .ToListAsync(cancellationToken);
        if (onlyWhenMoved && transitions.Count == 0)
        {
            return new ClientPath(clientId, []);
        }

        var templates = await recorder.TemplatesAsync(organisationId, cancellationToken);
        var uses = await recorder.UsesAsync(clientId, cancellationToken);
        return new ClientPath(clientId, templates.Select(template =>
        {
            string StepName(string? code) => template.Steps.FirstOrDefault(s => s.Code == code)?.Name.In(language) ?? code ?? "";
            var position = ServicePaths.Position(template, uses);
            var steps = template.Steps.Select((step, index) => new PathStepView(step.Code, step.Name.In(language), StateOf(position, index))).ToList();
            var moves = transitions.Where(t => t.TemplateCode == template.Code)
                .Select(t => new PathTransitionView(t.FromStep, t.FromStep is null ? null : StepName(t.FromStep), t.ToStep, StepName(t.ToStep), t.On, t.Service?.In(language)))
                .ToList();
            return new TemplatePath(template.Code, template.Name.In(language), position.Reached is not null || moves.Count > 0, steps, moves,
                steps.FirstOrDefault(s => s.State == PathStepState.Proposed));
        }).ToList());
    }

    /// <summary>The next step is proposed only once the client has reached a step and its services have ended.</summary>
    private static PathStepState StateOf(PathPosition position, int index) => position switch
    {
        { Reached: { } reached } when index == reached => position.Active ? PathStepState.Active : PathStepState.Reached,
        { Reached: { } reached } when index < reached => PathStepState.Reached,
        { Reached: not null, Next: { } next } when index == next => PathStepState.Proposed,
        _ => PathStepState.Ahead,
    };
}
