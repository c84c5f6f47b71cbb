using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using StemStl.Cms.Definitions;

namespace StemStl.Resources.Importing;

/// <summary>One data row of the file: the line it starts on and its values by column name.</summary>
internal sealed record ImportRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string Get(ImportColumn column) => Values.GetValueOrDefault(column.Name) ?? "";
}

/// <summary>Why a whole file was refused before any row was looked at; the API answers with <see cref="Status"/>.</summary>
internal sealed class ImportFileException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}

/// <summary>Reads a resources CSV file with CsvHelper: UTF-8 text, a header row naming known columns, then data rows.</summary>
internal static class ImportFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<ImportRow> Read(byte[] bytes, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw NotCsv("the file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }

        // A NUL never occurs in a text file; spreadsheets (.xlsx) and other binaries are full of them.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw NotCsv("the file is binary, not CSV text (a spreadsheet file?). Export it as \"CSV UTF-8\" and upload that.");
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,

            // Blank lines come through as empty rows (skipped below) so every row's line number counts them.
            IgnoreBlankLines = false,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var csv = new CsvReader(reader, configuration);
        try
        {
            return ReadRows(csv, maxRows);
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            throw NotCsv($"the file is not valid CSV near line {line}: a quote is probably not closed or stands inside an unquoted value. Quote values that hold commas, quotes or line breaks, and double any quote inside them.");
        }
    }

    private static List<ImportRow> ReadRows(CsvReader csv, int maxRows)
    {
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header || header.All(string.IsNullOrWhiteSpace))
        {
            throw NotCsv($"the file is empty. Its first line must name the columns, e.g. {string.Join(",", ImportColumns.All.Where(c => c.Required).Select(c => c.Name))}.");
        }

        var names = CheckHeader(header);
        var rows = new List<ImportRow>();
        var previousEnd = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                values[names[i]] = i < csv.Parser.Count ? csv.Parser[i]?.Trim() ?? "" : "";
            }

            // Blank lines between rows are a spreadsheet's habit, not data.
            if (values.Values.All(v => v.Length == 0))
            {
                continue;
            }

            if (rows.Count == maxRows)
            {
                throw new ImportFileException(413, "Too many rows", $"the file holds more than {maxRows} resources; one import takes at most {maxRows}. Split it into several files.");
            }

            rows.Add(new ImportRow(line, values));
        }

        return rows;
    }

    private static List<string> CheckHeader(string[] header)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var known = ImportColumns.All.Select(c => c.Name).ToList();
        var problems = new List<string>();
        foreach (var name in names.Where(n => !known.Contains(n)))
        {
            var hint = NameSuggestion.Closest(name, known);
            problems.Add(name.Length == 0
                ? "a column has no name"
                : $"unknown column '{name}'{(hint is null ? "" : $" (did you mean '{hint}'?)")}");
        }

        foreach (var name in names.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"column '{name}' appears more than once");
        }

        var missing = ImportColumns.All.Where(c => c.Required && !names.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"missing required column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }

        if (problems.Count > 0)
        {
            throw new ImportFileException(400, "Bad header row", $"the header row (line 1) has {string.Join("; ", problems)}. Columns: {string.Join(", ", known)}.");
        }

        return names;
    }

    private static ImportFileException NotCsv(string detail) => new(400, "Not a CSV file", detail);
}
