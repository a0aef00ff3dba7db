namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// A vertical piece of the document body: a heading, a paragraph, a field, a table row, a gap. The paginator stacks
/// boxes down the page and asks a box to split when it does not fit.
/// </summary>
internal abstract class LayoutBox
{
    public abstract double Height { get; }

    /// <summary>The smallest first piece a split can leave on a page (e.g. one line of a paragraph).</summary>
    public abstract double MinimumHeadHeight { get; }

    /// <summary>Must share a page with the start of the next box: a heading never ends a page.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Rather move to the next page whole than split, as long as it fits on a page (a table row, a field).</summary>
    public bool PreferWhole { get; init; }

    /// <summary>Drawn first on every new page this box starts on or continues on: a table's header row.</summary>
    public LayoutBox? RepeatedHeader { get; init; }

    /// <summary>Only space: dropped at the top of a page, where it would push the content down for nothing.</summary>
    public virtual bool IsSpace => false;

    /// <summary>
    /// Splits into a head that fits in <paramref name="available"/> and the rest, or null when no useful head fits.
    /// With <paramref name="force"/> (the page is otherwise empty) the head takes at least one line, so nothing is
    /// lost even when a box is taller than a page.
    /// </summary>
    public abstract (LayoutBox Head, LayoutBox Tail)? Split(double available, bool force);

    /// <summary>Draws the box with its top edge at <paramref name="top"/> (points below the body's top).</summary>
    public abstract void Draw(PageCanvas canvas, double left, double top);
}

internal sealed class SpaceBox(double height) : LayoutBox
{
    public override double Height => height;

    public override double MinimumHeadHeight => height;

    public override bool IsSpace => true;

    public override (LayoutBox Head, LayoutBox Tail)? Split(double available, bool force) => null;

    public override void Draw(PageCanvas canvas, double left, double top)
    {
    }
}
