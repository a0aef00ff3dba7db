using Microsoft.AspNetCore.Components;
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

    /// <summary>Answers with this status (404 for a record not found, 403 for one hidden) while still showing the page's text.</summary>
    protected void RespondWith(int status)
    {
        if (!HttpContext.Response.HasStarted)
        {
            HttpContext.Response.StatusCode = status;
        }
    }
}
