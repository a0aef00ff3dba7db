namespace Polku.Bench.Load;

/// <summary>
/// One measured page or API call: how a worker asks for it, how its answer is recognised as the real page (not a
/// redirect to sign-in, not an error page), its share of the realistic mix, and the address of its floor.
/// </summary>
public sealed record Page(string Name, string Title, int Weight, bool Api, Func<BenchUser, string> Url, string Marker, Func<BenchUser, string>? Floor)
{
    public static IReadOnlyList<Page> All { get; } =
    [
        new("home", "front page `/`", 20, false, _ => "/", "id=\"my-clients\"", u => $"/floor/home?{u.FloorQuery}"),
        new("clients", "client list `/clients`", 12, false, _ => "/clients", "<table", u => $"/floor/clients?{u.FloorQuery}"),
        new("search", "client search `/clients?search=…`", 14, false, u => $"/clients?search={u.SearchTerm()}", "<table",
            u => $"/floor/clients?{u.FloorQuery}&search={u.SearchTerm()}"),
        new("referrals", "referral inbox `/referrals`", 10, false, _ => "/referrals", "<table", u => $"/floor/referrals?{u.FloorQuery}"),
        new("client", "client page `/clients/{id}`", 16, false, u => $"/clients/{u.OwnClient()}", "class=\"facts\"",
            u => $"/floor/client?{u.FloorQuery}&client={u.OwnClient()}"),
        new("timeline", "timeline `/clients/{id}/timeline`", 10, false, u => $"/clients/{u.OwnClient()}/timeline", "<ol",
            u => $"/floor/timeline?{u.FloorQuery}&client={u.OwnClient()}"),
        new("decisions", "decision register `/decisions`", 6, false, _ => "/decisions", "id=\"register\"", u => $"/floor/decisions?{u.FloorQuery}"),
        new("decision", "decision `/decisions/{id}`", 4, false, u => $"/decisions/{u.OwnRecord("Decisions")}", "id=\"history\"", null),
        new("assessment", "assessment `/assessments/{id}`", 3, false, u => $"/assessments/{u.OwnRecord("Assessments")}", "class=\"facts\"", null),
        new("plan", "client plan `/plans/{id}`", 3, false, u => $"/plans/{u.OwnRecord("Plans")}", "id=\"versions\"", null),
        new("api-search", "API `GET /api/v1/clients?search=…`", 5, true, u => $"/api/v1/clients?search={u.SearchTerm()}", "\"items\"", null),
        new("api-referrals", "API `GET /api/v1/referrals`", 4, true, _ => "/api/v1/referrals", "\"items\"", null),
        new("api-client", "API `GET /api/v1/clients/{id}`", 3, true, u => $"/api/v1/clients/{u.OwnClient()}", "\"lastName\"", null),
    ];

    public static Page? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A response is the real thing: 200 and the page's marker in the body.</summary>
    public bool Accepts(int status, string body) => status == 200 && body.Contains(Marker, StringComparison.Ordinal);
}
