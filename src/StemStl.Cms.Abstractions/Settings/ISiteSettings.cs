using System.Text.Json.Nodes;

namespace StemStl.Cms.Settings;

/// <summary>Site-wide settings as named JSON sections (<c>{"Site":{...},"Pathways":{"LivingWage":...}}</c>).</summary>
public interface ISiteSettings
{
    /// <summary>A copy of one section, or null.</summary>
    Task<JsonObject?> GetSectionAsync(string section, CancellationToken cancellationToken = default);

    /// <summary>Replaces or merges a section inside the current transaction.</summary>
    Task SetSectionAsync(string section, JsonObject value, bool merge = true, CancellationToken cancellationToken = default);
}
