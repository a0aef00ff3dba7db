using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Polku.Browser.Tests;

public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Runs axe-core for WCAG 2.1 A and AA and fails with every violation spelled out.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"{name} ({page.Url}) has WCAG 2.1 AA violations:\n{string.Join("\n", violations)}");

        // axe 4.x no longer reports duplicate ids, but a label's "for" then names the wrong field.
        var duplicates = await page.EvaluateAsync<string[]>(
            "() => { const seen = new Set(), twice = new Set(); document.querySelectorAll('[id]').forEach(e => (seen.has(e.id) ? twice : seen).add(e.id)); return [...twice]; }");
        Assert.True(duplicates.Length == 0, $"{name} ({page.Url}) repeats ids: {string.Join(", ", duplicates)}");
    }
}
