using Microsoft.AspNetCore.Components;
using Polku.Web.Infrastructure;
using Polku.Web.Infrastructure.Auth;

namespace Polku.Web.Components;

/// <summary>A server-rendered page: it always has the request, and behind an action, a signed-in user.</summary>
public abstract class PolkuPage : ComponentBase
{
    private CurrentUser? user;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = null!;

    protected CurrentUser User => user ??= HttpContext.User.ToCurrentUser()
        ?? throw new InvalidOperationException("This page needs a signed-in user; declare its action.");

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>
    /// What a refused read of a record means for the page: hidden by the access policy (403, perhaps opened by stating a
    /// reason) or not there (404). Sets the status; null when the read succeeded.
    /// </summary>
    protected Refusal? Refuse<T>(Result<T> result)
    {
        if (result.Succeeded)
        {
            return null;
        }

        var hidden = result.Outcome == Outcome.Forbidden;
        RespondWith(hidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
        return new Refusal(hidden, result.Extensions?.GetValueOrDefault("mayStateReason") is true);
    }

    /// <summary>Answers with this status (404 for a record not found, 403 for one hidden) while still showing the page's text.</summary>
    /// <remarks>
    /// The status is set as the response starts: a status changed while the page renders makes the framework drop the
    /// page for the status code page (UsePolku), which only knows "page not found". A redirect or an error page keeps its own.
    /// </remarks>
    protected void RespondWith(int status)
    {
        var response = HttpContext.Response;
        if (!response.HasStarted)
        {
            response.OnStarting(() =>
            {
                if (response.StatusCode == StatusCodes.Status200OK)
                {
                    response.StatusCode = status;
                }

                return Task.CompletedTask;
            });
        }
    }
}

/// <summary>A page's refused record: <see cref="Hidden"/> by the policy (else not found), and whether a stated reason opens it.</summary>
public sealed record Refusal(bool Hidden, bool MayStateReason);
