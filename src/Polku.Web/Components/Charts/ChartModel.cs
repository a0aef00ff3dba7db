using System.Globalization;
using Polku.Web.Infrastructure.Localization;

namespace Polku.Web.Components.Charts;

/// <summary>One value of a series on a day.</summary>
public sealed record ChartPoint(DateOnly Date, double Value);

/// <summary>A named line of a trend chart: its values over dates, in any order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>One axis of a radar chart: its label and the scale it spans.</summary>
public sealed record RadarAxis(string Label, double Min, double Max);

/// <summary>A named polygon of a radar chart: one value per axis, in the axes' order (null where there is none).</summary>
public sealed record RadarSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// How the charts draw a series: colour, dash pattern and marker, so that no series is told apart by colour alone.
/// Colours keep a contrast of at least 4.5:1 on white.
/// </summary>
public static class ChartStyle
{
    private static readonly string[] Colours = ["#0b5394", "#a0410d", "#1e6b34", "#6a1b9a", "#7a5c00", "#005f73", "#8b1e3f", "#3d3d3d", "#5b3a29"];

    private static readonly string[] Dashes = ["", "8 4", "2 4", "10 4 2 4", "14 5", "4 4", "10 3 2 3 2 3", "6 2", "1 3"];

    public static string Colour(int index) => Colours[index % Colours.Length];

    public static string? Dash(int index) => Dashes[index % Dashes.Length] is { Length: > 0 } dash ? dash : null;

    /// <summary>A marker at (x, y): circle, square, triangle, diamond and their hollow forms in turn.</summary>
    public static string Marker(int index, double x, double y)
    {
        const double r = 4.5;
        var colour = Colour(index);
        var fill = index / 4 % 2 == 0 ? colour : "#ffffff";
        return (index % 4) switch
        {
            0 => $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\" />",
            1 => $"<rect x=\"{N(x - r)}\" y=\"{N(y - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\" />",
            2 => $"<polygon points=\"{N(x)},{N(y - r - 1)} {N(x + r + 1)},{N(y + r)} {N(x - r - 1)},{N(y + r)}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\" />",
            _ => $"<polygon points=\"{N(x)},{N(y - r - 1)} {N(x + r + 1)},{N(y)} {N(x)},{N(y + r + 1)} {N(x - r - 1)},{N(y)}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\" />",
        };
    }

    /// <summary>An SVG text element (Razor reserves the text tag), its content encoded.</summary>
    public static string Text(double x, double y, string content, string? anchor = null, string? cssClass = null) =>
        $"<text x=\"{N(x)}\" y=\"{N(y)}\"{(anchor is null ? "" : $" text-anchor=\"{anchor}\"")}{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{System.Net.WebUtility.HtmlEncode(content)}</text>";

    /// <summary>An SVG coordinate: invariant, two decimals at most.</summary>
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>Numbers as people read them: a decimal comma in Finnish and Swedish, a point in English; never the thread's culture.</summary>
public static class ChartFormat
{
    public static string Value(double value)
    {
        return Format.WithDecimals(Math.Round(value, 1), "0.#");
    }

    /// <summary>A change with its sign: +2, −1, 0.</summary>
    public static string Change(double value) => value switch
    {
        > 0 => "+" + Value(value),
        < 0 => "\u2212" + Value(-value),
        _ => Value(0),
    };
}
