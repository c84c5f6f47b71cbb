using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Settings;

/// <summary>Site settings sections stored as JSON rows.</summary>
internal sealed class SiteSettings(CmsDbContext db) : ISiteSettings
{
    public async Task<JsonObject?> GetSectionAsync(string section, CancellationToken cancellationToken = default)
    {
        var row = await db.SiteSettings.FirstOrDefaultAsync(s => s.Section == section, cancellationToken);
        return row is null ? null : JsonNode.Parse(row.Document) as JsonObject;
    }

    public async Task SetSectionAsync(string section, JsonObject value, bool merge = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var row = await db.SiteSettings.FirstOrDefaultAsync(s => s.Section == section, cancellationToken);
        if (row is null)
        {
            row = new SiteSettingsRecord { Section = section };
            db.SiteSettings.Add(row);
        }

        var document = merge && JsonNode.Parse(row.Document) is JsonObject existing ? existing : [];
        foreach (var (key, node) in value)
        {
            document[key] = node?.DeepClone();
        }

        row.Document = document.ToJsonString();
        await db.SaveChangesAsync(cancellationToken);
    }
}
