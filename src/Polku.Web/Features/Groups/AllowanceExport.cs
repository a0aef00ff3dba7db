using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Localization;

namespace Polku.Web.Features.Groups;

/// <summary>A cell of an exported table: text, or a number that a spreadsheet sums.</summary>
public readonly record struct ExportCell(string? Text, decimal? Number)
{
    public static ExportCell Of(string text) => new(text, null);

    public static ExportCell Of(decimal number) => new(null, number);
}

/// <summary>
/// The allowance list as files for payment: CSV as Finnish spreadsheets read it, and XLSX (a minimal SpreadsheetML
/// package written with the framework alone).
/// </summary>
public static class AllowanceExport
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The list as rows: a header, a row per member, and the totals.</summary>
    public static IReadOnlyList<IReadOnlyList<ExportCell>> Table(AllowanceList list, IStringLocalizer<Strings> l)
    {
        var rows = new List<IReadOnlyList<ExportCell>>
        {
            new[] { l["Allowances.Member"].Value, l["Allowances.Sessions"].Value, l["Allowances.Days"].Value, l["Allowances.ActivityMoney"].Value, l["Allowances.TravelCard"].Value }
                .Select(ExportCell.Of).ToList(),
        };
        rows.AddRange(list.Rows.Select(r => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(r.Name), ExportCell.Of(r.SessionsAttended), ExportCell.Of(r.DaysAttended), ExportCell.Of(r.ActivityMoney),
            ExportCell.Of(r.TravelCard ? l["Common.Yes"].Value : l["Common.No"].Value),
        ]));
        rows.Add(
        [
            ExportCell.Of(l["Allowances.Total"].Value), ExportCell.Of(list.Rows.Sum(r => r.SessionsAttended)), ExportCell.Of(list.DaysAttended),
            ExportCell.Of(list.ActivityMoney), ExportCell.Of(list.TravelCards),
        ]);
        return rows;
    }

    public static string FileName(AllowanceList list, string extension) => $"allowances-{list.Month}.{extension}";

    /// <summary>
    /// CSV for a Finnish spreadsheet: UTF-8 with a byte order mark, semicolons, a decimal comma, CRLF line ends, quotes
    /// where a cell needs them, and text that would start a formula (= + - @, tab, CR) neutralised with an apostrophe.
    /// </summary>
    public static byte[] Csv(IReadOnlyList<IReadOnlyList<ExportCell>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(';', row.Select(CsvCell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string CsvCell(ExportCell cell)
    {
        if (cell.Number is { } number)
        {
            return number.ToString(number == decimal.Truncate(number) ? "0" : "0.00", CultureInfo.InvariantCulture).Replace('.', ',');
        }

        var text = cell.Text ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>
    /// An XLSX workbook of one sheet: [Content_Types].xml, the package and workbook relationships, the workbook and the
    /// sheet, with text as inline strings and numbers as numbers.
    /// </summary>
    public static byte[] Xlsx(IReadOnlyList<IReadOnlyList<ExportCell>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            Xml(zip, "xl/workbook.xml", w =>
            {
                w.WriteStartElement("workbook", Main);
                w.WriteAttributeString("xmlns", "r", null, Relationships);
                w.WriteStartElement("sheets", Main);
                w.WriteStartElement("sheet", Main);
                w.WriteAttributeString("name", SheetName(sheetName));
                w.WriteAttributeString("sheetId", "1");
                w.WriteAttributeString("id", Relationships, "rId1");
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
            });
            Xml(zip, "xl/worksheets/sheet1.xml", w =>
            {
                w.WriteStartElement("worksheet", Main);
                w.WriteStartElement("sheetData", Main);
                for (var r = 0; r < rows.Count; r++)
                {
                    w.WriteStartElement("row", Main);
                    w.WriteAttributeString("r", (r + 1).ToString(CultureInfo.InvariantCulture));
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        var cell = rows[r][c];
                        w.WriteStartElement("c", Main);
                        w.WriteAttributeString("r", Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture));
                        if (cell.Number is { } number)
                        {
                            w.WriteElementString("v", Main, number.ToString("0.##########", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            w.WriteAttributeString("t", "inlineStr");
                            w.WriteStartElement("is", Main);
                            w.WriteStartElement("t", Main);
                            w.WriteAttributeString("xml", "space", null, "preserve");
                            w.WriteString(XmlSafe(cell.Text ?? ""));
                            w.WriteEndElement();
                            w.WriteEndElement();
                        }

                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            });
        }

        return stream.ToArray();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content.Trim());
    }

    private static void Xml(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    /// <summary>A, B, … Z, AA, … for a zero-based column.</summary>
    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>A sheet name may not hold []:*?/\ and has at most 31 characters.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? ' ' : ch).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }

    private static string XmlSafe(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());
}
