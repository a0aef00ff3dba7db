using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Polku.Web.Infrastructure.Pdf;

namespace Polku.Web.Tests.Infrastructure.Pdf;

public class PdfLayoutTests
{
    private static readonly PdfDocumentInfo Plan = new(
        Title: "Asiakassuunnitelma",
        OrganisationName: "Vaasan kaupunki",
        DocumentDate: "23.11.2026",
        Language: "fi",
        Author: "Virtanen Anna");

    private static readonly string[] LineWords = ["ensimmäinen", "toinen", "kolmas"];

    private static string Numbered(int i) => i.ToString("D3", CultureInfo.InvariantCulture);

    private static string Joined(IEnumerable<string> pages) => string.Join("\n", pages);

    [Fact]
    public void Text_comes_out_in_order_with_finnish_and_swedish_letters_dashes_and_quotes()
    {
        var pdf = new PdfLayout(Plan)
            .Heading("Tavoitteet ja päätös")
            .Paragraph("Åsa Öberg ja Mäkinen – ”lainaus” ’sana’ — ÄÖÅ äöå")
            .Fields([("Asiakas", "Mäkinen Eetu"), ("Kotikunta", "Närpiö – Närpes")])
            .Table([("Tavoite", 3f), ("Paino", 1f)], [["Oma asunto Vöyrillä", "2"]])
            .ToBytes();

        var text = PdfReader.PageTexts(pdf).Single();

        string[] inOrder =
        [
            "Tavoitteet ja päätös", "Åsa Öberg ja Mäkinen – ”lainaus” ’sana’ — ÄÖÅ äöå", "Asiakas", "Mäkinen Eetu",
            "Närpiö – Närpes", "Tavoite", "Paino", "Oma asunto Vöyrillä",
        ];
        var position = -1;
        foreach (var expected in inOrder)
        {
            var found = text.IndexOf(expected, position + 1, StringComparison.Ordinal);
            Assert.True(found > position, $"'{expected}' missing or out of order in:\n{text}");
            position = found;
        }
    }

    [Fact]
    public void Every_page_is_numbered_page_of_total_and_carries_the_header()
    {
        var layout = new PdfLayout(Plan);
        for (var i = 0; i < 150; i++)
        {
            layout.Paragraph($"Kappale {Numbered(i)}: asiakkaan tilanne kuvataan tässä riittävän pitkästi, jotta sivuja kertyy useita.");
        }

        var pages = PdfReader.PageTexts(layout.ToBytes());

        Assert.True(pages.Count >= 2, $"expected several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"{i + 1} ({pages.Count})", pages[i], StringComparison.Ordinal);
            Assert.Contains("Vaasan kaupunki", pages[i], StringComparison.Ordinal);
            Assert.Contains("Asiakassuunnitelma", pages[i], StringComparison.Ordinal);
            Assert.Contains("23.11.2026", pages[i], StringComparison.Ordinal);
        }

        // Nothing lost or repeated between pages.
        var all = Joined(pages);
        for (var i = 0; i < 150; i++)
        {
            Assert.Equal(1, Occurrences(all, $"Kappale {Numbered(i)}:"));
        }
    }

    [Fact]
    public void A_word_longer_than_a_line_is_wrapped_onto_several_lines_and_nothing_is_cut()
    {
        var word = string.Concat(Enumerable.Range(0, 60).Select(i => Numbered(i) + "x"));
        var pdf = new PdfLayout(Plan).Paragraph("Alku " + word + " loppu").ToBytes();

        var (text, lines, rightmost, pageWidth) = PdfReader.Read(pdf, document =>
        {
            var page = document.GetPage(1);
            var body = PdfReader.BodyLetters(page);
            return (
                TextOf(page),
                body.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count(),
                body.Max(l => l.EndBaseLine.X),
                page.Width);
        });

        Assert.Contains(word, Squeeze(text), StringComparison.Ordinal);
        Assert.True(lines >= 2, $"the word should span several lines, found {lines}");
        Assert.True(rightmost <= pageWidth - 50, $"text runs to x={rightmost} on a page {pageWidth} wide");
    }

    [Fact]
    public void Explicit_line_breaks_start_new_lines()
    {
        var pdf = new PdfLayout(Plan).Paragraph("ensimmäinen\r\ntoinen\nkolmas").ToBytes();

        var baselines = PdfReader.Read(pdf, document =>
        {
            var words = document.GetPage(1).GetWords().ToList();
            return LineWords
                .Select(w => words.Single(x => x.Text == w).BoundingBox.Bottom)
                .ToArray();
        });

        Assert.True(baselines[0] > baselines[1] && baselines[1] > baselines[2], string.Join(", ", baselines));
    }

    [Fact]
    public void A_table_over_several_pages_repeats_its_header_row_and_keeps_every_row()
    {
        var rows = Enumerable.Range(0, 120).Select(i => (IReadOnlyList<string>)[$"Rivi R{Numbered(i)} tavoitteen kuvaus", "1"]).ToList();
        var pdf = new PdfLayout(Plan)
            .Paragraph("Johdanto")
            .Table([("Tavoitteen kuvaus", 3f), ("Painoarvo", 1f)], rows)
            .ToBytes();

        var pages = PdfReader.PageTexts(pdf);

        Assert.True(pages.Count >= 2, $"expected the table to span pages, got {pages.Count}");
        foreach (var page in pages)
        {
            Assert.Contains("Painoarvo", page, StringComparison.Ordinal);
        }

        var all = Joined(pages);
        var last = -1;
        for (var i = 0; i < 120; i++)
        {
            var at = all.IndexOf($"R{Numbered(i)}", StringComparison.Ordinal);
            Assert.True(at > last, $"row R{Numbered(i)} missing or out of order");
            last = at;
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_without_losing_text()
    {
        var words = Enumerable.Range(0, 1500).Select(i => "s" + i.ToString("D4", CultureInfo.InvariantCulture)).ToList();
        var pdf = new PdfLayout(Plan)
            .Table([("Kuvaus", 4f), ("Huom.", 1f)], [[string.Join(' ', words), "lyhyt"], ["seuraava rivi", "x"]])
            .ToBytes();

        var pages = PdfReader.PageTexts(pdf);
        var all = Joined(pages);

        Assert.True(pages.Count >= 2);
        var last = -1;
        foreach (var word in words)
        {
            var at = all.IndexOf(word, StringComparison.Ordinal);
            Assert.True(at > last, $"{word} missing or out of order");
            Assert.Equal(1, Occurrences(all, word));
            last = at;
        }

        Assert.Contains("seuraava rivi", all, StringComparison.Ordinal);
        Assert.All(pages, page => Assert.Contains("Kuvaus", page, StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        // Push the heading down one line at a time past the first page's bottom, so that for some count it would land at the
        // very bottom. Whatever the count, the text that follows the heading must be on the heading's page.
        var headingsThatStartedAPage = 0;
        for (var lines = 25; lines <= 50; lines++)
        {
            var layout = new PdfLayout(Plan);
            for (var i = 0; i < lines; i++)
            {
                layout.Paragraph($"Täyte {Numbered(i)}");
            }

            var pdf = layout.Heading("Väliotsikko").Paragraph("Otsikon jälkeinen teksti").ToBytes();
            var pages = PdfReader.PageTexts(pdf);
            var headingPage = pages.Single(p => p.Contains("Väliotsikko", StringComparison.Ordinal));
            Assert.Contains("Otsikon jälkeinen teksti", headingPage, StringComparison.Ordinal);
            if (!headingPage.Contains("Täyte", StringComparison.Ordinal))
            {
                headingsThatStartedAPage++;
            }
        }

        Assert.True(headingsThatStartedAPage > 0, "the heading never reached a page bottom; the test checks nothing");
    }

    [Fact]
    public void Characters_the_font_cannot_draw_become_question_marks_and_controls_are_dropped()
    {
        var pdf = new PdfLayout(Plan with { Title = "Suunnitelma 😀" })
            .Heading("Otsikko \u0007kello")
            .Paragraph("Hymy 😀 ja \u200Bnäkymätön, puolikas \uD800 pari, 漢字")
            .Fields([("Nimi\u0000", "Arvo\u001B")])
            .ToBytes();

        var text = PdfReader.PageTexts(pdf).Single();

        Assert.Contains("Otsikko kello", text, StringComparison.Ordinal);
        Assert.Contains("Hymy ? ja näkymätön, puolikas ? pari, ??", text, StringComparison.Ordinal);
        Assert.Contains("Suunnitelma ?", text, StringComparison.Ordinal);
        Assert.Contains("Nimi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_letters_come_out_as_one_letter()
    {
        var pdf = new PdfLayout(Plan).Paragraph("Ma\u0308kinen A\u030Asa").ToBytes();

        Assert.Contains("Mäkinen Åsa", PdfReader.PageTexts(pdf).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void More_distinct_characters_than_one_pdf_font_holds_are_all_drawn()
    {
        // Latin-1, Latin Extended-A, Greek and Cyrillic: well over the 255 characters a simple PDF font can map.
        var alphabets = new StringBuilder();
        foreach (var (from, to) in new[] { (0x00C0, 0x00FF), (0x0100, 0x017F), (0x0391, 0x03A9), (0x03B1, 0x03C9), (0x0410, 0x044F) })
        {
            for (var c = from; c <= to; c++)
            {
                if (PdfFontFace.Regular.HasGlyph((char)c))
                {
                    alphabets.Append((char)c);
                }
            }
        }

        var expected = alphabets.ToString();
        Assert.True(expected.Distinct().Count() > 255);

        var pdf = new PdfLayout(Plan).Paragraph(expected).ToBytes();

        Assert.Contains(expected, Squeeze(PdfReader.PageTexts(pdf).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_declares_pdf_a_2b_with_title_author_and_language()
    {
        var created = new DateTimeOffset(2026, 11, 23, 14, 5, 0, TimeSpan.FromHours(2));
        var pdf = new PdfLayout(Plan with { Title = "Päätös sosiaalisesta kuntoutuksesta", Language = "sv", CreatedAt = created })
            .Paragraph("Beslut")
            .ToBytes();

        var (xmp, title, author, creationDate) = PdfReader.Read(pdf, document =>
        {
            Assert.True(document.TryGetXmpMetadata(out var metadata));
            return (metadata.GetXDocument(), document.Information.Title, document.Information.Author, document.Information.CreationDate);
        });

        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace xmpBasic = "http://ns.adobe.com/xap/1.0/";
        Assert.Equal("2", xmp.Descendants(pdfaid + "part").Single().Value);
        Assert.Equal("B", xmp.Descendants(pdfaid + "conformance").Single().Value);
        Assert.Equal("sv", xmp.Descendants(dc + "language").Single().Value);
        Assert.Equal("2026-11-23T12:05:00Z", xmp.Descendants(xmpBasic + "CreateDate").Single().Value);
        Assert.Equal("Päätös sosiaalisesta kuntoutuksesta", title);
        Assert.Equal("Virtanen Anna", author);
        Assert.Equal("D:20261123120500Z", creationDate);
    }

    [Fact]
    public void The_author_defaults_to_the_organisation()
    {
        var pdf = new PdfLayout(Plan with { Author = null }).Paragraph("x").ToBytes();

        Assert.Equal("Vaasan kaupunki", PdfReader.Read(pdf, d => d.Information.Author));
    }

    [Fact]
    public void Table_rows_wider_than_the_columns_are_refused()
    {
        var layout = new PdfLayout(Plan);

        Assert.Throws<ArgumentException>(() => layout.Table([("A", 1f)], [["1", "2"]]));
        Assert.Throws<ArgumentException>(() => layout.Table([("A", 0f)], []));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string TextOf(UglyToad.PdfPig.Content.Page page) =>
        UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(page);

    /// <summary>The text without any whitespace, to compare content that was wrapped over lines or pages.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
