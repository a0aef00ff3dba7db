using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Polku.Data;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;

namespace Polku.Web.Infrastructure.Operations;

/// <summary>
/// <c>import-code-list</c>: loads a national code set from a file as the national defaults of one code list —
/// e.g. Statistics Finland's municipalities or a THL code set from the code server, saved as text with one value a line,
/// <c>code;name in Finnish;name in Swedish;name in English</c> (Swedish and English may be empty: Finnish is used).
/// Values already there are renamed; values missing from the file are retired, never deleted, so old records keep
/// their meaning. An organisation's own values are not touched.
/// </summary>
public static partial class ImportCodeListCommand
{
    public const string Usage = "Usage: import-code-list --list NAME --file PATH   (lines: code;fi;sv;en; a first line starting with 'code' is a header)";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var options = CreateAdminCommand.ParseOptions(args);
        if (!options.TryGetValue("list", out var list) || !options.TryGetValue("file", out var file))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (!CodeListNames.All.Contains(list))
        {
            await output.WriteLineAsync($"Unknown code list '{list}'. Known: {string.Join(", ", CodeListNames.All)}");
            return 2;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"No such file: {file}");
            return 2;
        }

        var (values, problems) = Parse(await File.ReadAllLinesAsync(file));
        if (problems.Count > 0)
        {
            await output.WriteLineAsync("Not imported:\n" + string.Join("\n", problems));
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolkuDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        var existing = await db.CodeListEntries.Where(e => e.OrganisationId == CodeListEntry.National && e.List == list).ToDictionaryAsync(e => e.Code);
        foreach (var (value, index) in values.Select((v, i) => (v, i)))
        {
            if (existing.Remove(value.Code, out var entry))
            {
                entry.Name = value.Name;
                entry.SortOrder = index;
                entry.Active = true;
            }
            else
            {
                db.CodeListEntries.Add(new CodeListEntry { List = list, Code = value.Code, Name = value.Name, SortOrder = index });
            }
        }

        foreach (var retired in existing.Values)
        {
            retired.Active = false;
        }

        await db.SaveChangesAsync();
        await output.WriteLineAsync($"{list}: {values.Count} values imported, {existing.Count} retired.");
        return 0;
    }

    private static (List<(string Code, LocalizedName Name)> Values, List<string> Problems) Parse(string[] lines)
    {
        var values = new List<(string, LocalizedName)>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, number) in lines.Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || (number == 1 && line.StartsWith("code", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var parts = line.Split(';').Select(p => p.Trim()).ToArray();
            if (parts.Length < 2 || !CodePattern().IsMatch(parts[0]) || parts[1].Length == 0
                || parts.Skip(1).Any(p => p.Length > TextLimits.LocalizedName || !SafeText.IsSafe(p)))
            {
                problems.Add($"line {number}: expected code;fi;sv;en with a code of letters, digits, ':', '.' or '-' and names of at most {TextLimits.LocalizedName} characters");
                continue;
            }

            if (!seen.Add(parts[0]))
            {
                problems.Add($"line {number}: code {parts[0]} appears twice");
                continue;
            }

            string Or(int index) => parts.Length > index && parts[index].Length > 0 ? parts[index] : parts[1];
            values.Add((parts[0], new LocalizedName(parts[1], Or(2), Or(3))));
        }

        return (values, problems);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9:.-]{0,59}$")]
    private static partial Regex CodePattern();
}
