namespace Polku.Web.Infrastructure;

public static class LocalUrl
{
    /// <summary>The address itself when it stays on this site, else the front page (no open redirects).</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
