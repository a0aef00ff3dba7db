namespace Polku.Web.Infrastructure.Pdf;

/// <summary>
/// Stacks the body's boxes onto pages. Rules, in order: a box that fits is placed; a heading (keep-with-next) moves to
/// the next page unless what must follow it fits too; a table row or field that would fit on a fresh page moves there
/// whole; anything else is split at a line boundary and continues on the next page, under the table's header row again
/// when it belongs to a table.
/// </summary>
internal sealed class Paginator
{
    private const double Tolerance = 0.01;

    private readonly double bodyHeight;
    private readonly List<PageCanvas> pages = [];
    private PageCanvas page = new();
    private double y;
    private double contentStart;

    private Paginator(double bodyHeight)
    {
        this.bodyHeight = bodyHeight;
        pages.Add(page);
    }

    public static IReadOnlyList<PageCanvas> Paginate(IReadOnlyList<LayoutBox> boxes, double bodyHeight = PdfPageGeometry.BodyHeight)
    {
        var paginator = new Paginator(bodyHeight);
        for (var i = 0; i < boxes.Count; i++)
        {
            paginator.Add(boxes, i);
        }

        return paginator.pages;
    }

    private bool PageIsEmpty => y <= contentStart + Tolerance;

    private void Add(IReadOnlyList<LayoutBox> boxes, int index)
    {
        var box = boxes[index];
        if (box.IsSpace)
        {
            // Space at the top of a page pushes content down for nothing; space that does not fit is the page break.
            if (!PageIsEmpty && y + box.Height <= bodyHeight)
            {
                y += box.Height;
            }

            return;
        }

        if (box.KeepWithNext && !PageIsEmpty)
        {
            var needed = HeightKeptTogether(boxes, index);
            if (y + needed > bodyHeight + Tolerance && needed <= RoomOnFreshPage(box) + Tolerance)
            {
                StartPage(box);
            }
        }

        Place(box);
    }

    private void Place(LayoutBox box)
    {
        var current = box;
        while (true)
        {
            if (y + current.Height <= bodyHeight + Tolerance)
            {
                Draw(current);
                return;
            }

            if (!PageIsEmpty && current.PreferWhole && current.Height <= RoomOnFreshPage(current) + Tolerance)
            {
                StartPage(current);
                continue;
            }

            var split = current.Split(bodyHeight - y, force: PageIsEmpty);
            if (split is null)
            {
                if (PageIsEmpty)
                {
                    // Cannot get smaller and does not fit even alone: draw it rather than loop forever.
                    Draw(current);
                    return;
                }

                StartPage(current);
                continue;
            }

            Draw(split.Value.Head);
            current = split.Value.Tail;
            StartPage(current);
        }
    }

    /// <summary>The height of a chain of keep-with-next boxes plus the smallest start of the box that ends it.</summary>
    private double HeightKeptTogether(IReadOnlyList<LayoutBox> boxes, int index)
    {
        var height = 0.0;
        var i = index;
        while (i < boxes.Count && (boxes[i].KeepWithNext || boxes[i].IsSpace))
        {
            height += boxes[i].Height;
            i++;
        }

        if (i < boxes.Count)
        {
            var next = boxes[i];
            height += next.PreferWhole && next.Height <= RoomOnFreshPage(next) ? next.Height : next.MinimumHeadHeight;
        }

        return height;
    }

    private double RoomOnFreshPage(LayoutBox box) => bodyHeight - (RepeatsHeader(box) ? box.RepeatedHeader!.Height : 0);

    // A header taller than half a page (absurdly long column titles) would crowd out the rows it is meant to label.
    private bool RepeatsHeader(LayoutBox box) => box.RepeatedHeader is { } header && header.Height <= bodyHeight / 2;

    private void StartPage(LayoutBox next)
    {
        page = new PageCanvas();
        pages.Add(page);
        y = 0;
        if (RepeatsHeader(next))
        {
            Draw(next.RepeatedHeader!);
        }

        contentStart = y;
    }

    private void Draw(LayoutBox box)
    {
        box.Draw(page, PdfPageGeometry.MarginLeft, PdfPageGeometry.BodyTop + y);
        y += box.Height;
    }
}
