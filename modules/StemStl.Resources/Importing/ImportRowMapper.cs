using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Resources.Validation;

namespace StemStl.Resources.Importing;

/// <summary>One thing wrong with the file, where a person finds it: the line and the column.</summary>
internal sealed record ImportError(int Line, string Column, string Message);

/// <summary>
/// Turns one row into a Resource item, checking every cell and reporting each problem at its line and column (not just
/// the first). The store checks the item again when it is saved; these checks give the messages a spreadsheet user reads.
/// </summary>
internal sealed class ImportRowMapper(ImportRowLookup lookup)
{
    public const int MaxKeyLength = 200;

    /// <summary>The content item id a key imports to: the same key always reaches the same resource.</summary>
    public static string IdFor(string key) =>
        "resource-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())))[..17];

    public ContentItem Map(ImportRow row, bool publish, ICollection<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        void Fail(ImportColumn column, string message) => errors.Add(new ImportError(row.Line, column.Name, message));

        var key = row.Get(ImportColumns.Key);
        if (key.Length == 0)
        {
            Fail(ImportColumns.Key, "the key is empty; give each resource a stable key of your own (e.g. a code from your catalog) so a later import updates it.");
        }
        else if (key.Length > MaxKeyLength)
        {
            Fail(ImportColumns.Key, $"the key is {key.Length} characters long; at most {MaxKeyLength} are allowed.");
        }

        var title = row.Get(ImportColumns.Title);
        Required(ImportColumns.Title, title, Fail);
        Required(ImportColumns.Summary, row.Get(ImportColumns.Summary), Fail);

        var part = new JsonObject
        {
            [ResourceModel.Summary] = new JsonObject { ["Text"] = row.Get(ImportColumns.Summary) },
            [ResourceModel.Link] = new JsonObject { ["Url"] = row.Get(ImportColumns.Link) },
            [ResourceModel.Attachments] = new JsonObject { ["Paths"] = Strings(List(row.Get(ImportColumns.Attachments))) },
            [ResourceModel.Standards] = new JsonObject { ["Values"] = Strings(List(row.Get(ImportColumns.Standards))) },
        };
        var link = row.Get(ImportColumns.Link);
        if (link.Length > 0 && ResourcePart.LinkProblem(link) is { } linkProblem)
        {
            Fail(ImportColumns.Link, linkProblem);
        }
        else if (link.Length == 0 && row.Get(ImportColumns.Attachments).Length == 0)
        {
            Fail(ImportColumns.Link, "a resource needs a link (an absolute http or https URL) or at least one attachment.");
        }

        Terms(row, ImportColumns.Type, ResourceModel.Kind, part, Fail, single: true);
        Terms(row, ImportColumns.Subjects, ResourceModel.Subjects, part, Fail);
        Terms(row, ImportColumns.GradeBands, ResourceModel.GradeBands, part, Fail);
        Terms(row, ImportColumns.Settings, ResourceModel.Settings, part, Fail);
        Picked(row, ImportColumns.Provider, ResourceModel.OrganizationType, ResourceModel.Provider, part, Fail);
        Picked(row, ImportColumns.Workgroup, ResourceModel.WorkgroupType, ResourceModel.Workgroup, part, Fail);
        Cost(row.Get(ImportColumns.Cost), part, Fail);
        Date(row.Get(ImportColumns.PublishedDate), part, Fail);

        var item = new ContentItem
        {
            ContentItemId = key.Length == 0 ? "" : IdFor(key),
            ContentType = ResourceModel.ResourceType,
            DisplayText = title,
            Published = publish,
            Latest = true,
        };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = row.Get(ImportColumns.Body) };
        item.Content[ResourceModel.Part] = part;
        return item;
    }

    private static void Required(ImportColumn column, string value, Action<ImportColumn, string> fail)
    {
        if (value.Length == 0)
        {
            fail(column, $"the {column.Name} is empty; it is required.");
        }
    }

    private void Terms(ImportRow row, ImportColumn column, string field, JsonObject part, Action<ImportColumn, string> fail, bool single = false)
    {
        var values = List(row.Get(column));
        if (values.Count == 0)
        {
            if (column.Required)
            {
                fail(column, $"no {column.Name} given; use one or more of: {string.Join(", ", lookup.TermNames(field))}.");
            }

            part[field] = new JsonObject { ["TermContentItemIds"] = new JsonArray() };
            return;
        }

        if (single && values.Count > 1)
        {
            fail(column, $"give one {column.Name}, not {values.Count}.");
        }

        var ids = new List<string>();
        foreach (var value in values)
        {
            if (lookup.Term(field, value) is { } id)
            {
                ids.Add(id);
            }
            else
            {
                fail(column, $"'{value}' is not one of the {column.Name} terms; use one of: {string.Join(", ", lookup.TermNames(field))}.");
            }
        }

        part[field] = new JsonObject { ["TermContentItemIds"] = Strings(ids.Distinct(StringComparer.Ordinal).ToList()) };
    }

    private void Picked(ImportRow row, ImportColumn column, string type, string field, JsonObject part, Action<ImportColumn, string> fail)
    {
        var value = row.Get(column);
        string? id = null;
        if (value.Length > 0 && (id = lookup.Item(type, value)) is null)
        {
            fail(column, $"there is no {type.ToLowerInvariant()} named or with id '{value}'; create it first or correct the name.");
        }

        part[field] = new JsonObject { ["ContentItemIds"] = id is null ? new JsonArray() : new JsonArray(id) };
    }

    private static void Cost(string value, JsonObject part, Action<ImportColumn, string> fail)
    {
        if (value.Length == 0)
        {
            return;
        }

        var number = value.Equals("free", StringComparison.OrdinalIgnoreCase) ? "0" : value.TrimStart('$').Trim();
        if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cost))
        {
            part[ResourceModel.Cost] = new JsonObject { ["Value"] = cost };
        }
        else
        {
            fail(ImportColumns.Cost, $"'{value}' is not a cost; write a number of dollars such as 0, 12.50 or $25, or 'free'.");
        }
    }

    private static void Date(string value, JsonObject part, Action<ImportColumn, string> fail)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            part[ResourceModel.PublishedDate] = new JsonObject { ["Value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
        else
        {
            fail(ImportColumns.PublishedDate, $"'{value}' is not a date in the form yyyy-MM-dd, e.g. 2024-09-01.");
        }
    }

    private static List<string> List(string value) =>
        [.. value.Split(ImportColumns.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static JsonArray Strings(IReadOnlyList<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
