using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Definitions;

/// <summary>The content types with their parts, fields and items counted, and the part definitions with the types using them.</summary>
[Authorize(Policy = CmsPolicies.ManageContentDefinitions)]
internal sealed class IndexModel(IContentDefinitionManager definitions, CmsDbContext db) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<TypeRow> Types { get; private set; } = [];

    public IReadOnlyList<PartRow> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var items = await db.ContentItems.AsNoTracking()
            .GroupBy(r => r.ContentType)
            .Select(g => new { Type = g.Key, Count = g.Select(r => r.ContentItemId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Type, g => g.Count, StringComparer.Ordinal, cancellationToken);

        Types =
        [
            .. snapshot.Types.Values.OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase).Select(t =>
            {
                var parts = TypeParts.Of(t, snapshot);
                var fields = parts.Sum(p => snapshot.FindPart(p.PartName)?.Fields.Count ?? 0);
                return new TypeRow(t, parts.Count, fields, items.GetValueOrDefault(t.Name));
            }),
        ];
        Parts =
        [
            .. snapshot.Parts.Values.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new PartRow(
                p,
                [.. snapshot.Types.Values.Where(t => TypeParts.Of(t, snapshot).Any(tp => tp.PartName == p.Name)).Select(t => t.DisplayName).Order(StringComparer.OrdinalIgnoreCase)])),
        ];
        return Page();
    }

    public sealed record TypeRow(ContentTypeDefinition Type, int PartCount, int FieldCount, int ItemCount);

    public sealed record PartRow(ContentPartDefinition Part, IReadOnlyList<string> UsedBy);
}
