namespace Polku.Bench;

/// <summary>A command's <c>--name value</c> pairs, refused when one is out of pairs or not among the known names.</summary>
public static class OptionValues
{
    public static Dictionary<string, string>? Read(IReadOnlyList<string> args, IReadOnlyCollection<string> known, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                error = $"Unexpected argument '{args[i]}'.";
                return null;
            }

            values[args[i][2..]] = args[++i];
        }

        error = values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown ? $"Unknown option --{unknown}." : "";
        return error.Length == 0 ? values : null;
    }
}
