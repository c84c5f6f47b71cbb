using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Workgroups;

/// <summary>The names the module's recipe gives its types and fields, and reads of them.</summary>
internal static class WorkgroupModel
{
    public const string WorkgroupType = "Workgroup";
    public const string PageType = "WorkgroupPage";

    /// <summary>The index path of a page's workgroup picker, as the field index stores it.</summary>
    public const string PageWorkgroupPath = "WorkgroupPage.Workgroup";

    /// <summary>The workgroup a page's picker names, or null when it names none.</summary>
    public static string? WorkgroupOfPage(ContentItem page) =>
        page.TryGetPart(PageType)?["Workgroup"] is JsonObject picker && picker["ContentItemIds"] is JsonArray { Count: > 0 } ids
            && ContentJson.Kind(ids[0]) is System.Text.Json.JsonValueKind.String
            ? ids[0]!.GetValue<string>()
            : null;

    /// <summary>A page's place among its workgroup's pages; pages without one come last.</summary>
    public static double OrderOfPage(ContentItem page) =>
        ContentJson.Number(page.TryGetPart(PageType)?["Order"] as JsonObject, "Value") ?? double.MaxValue;

    /// <summary>The workgroup an item belongs to: a page's picked workgroup, a workgroup itself, else none.</summary>
    public static string? WorkgroupOf(ContentItem item) => item.ContentType switch
    {
        WorkgroupType => item.ContentItemId,
        PageType => WorkgroupOfPage(item),
        _ => null,
    };
}
