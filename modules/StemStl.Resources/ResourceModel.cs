using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Resources;

/// <summary>The names the module's recipe gives its types, fields and taxonomies, and reads of them.</summary>
internal static class ResourceModel
{
    public const string ResourceType = "Resource";
    public const string OrganizationType = "Organization";
    public const string WorkgroupType = "Workgroup";

    /// <summary>The type's own part, holding its fields.</summary>
    public const string Part = "Resource";

    public const string Summary = "Summary";
    public const string Link = "Link";
    public const string Kind = "ResourceType";
    public const string Subjects = "Subjects";
    public const string GradeBands = "GradeBands";
    public const string Settings = "LearningSettings";
    public const string Cost = "Cost";
    public const string Provider = "Provider";
    public const string Workgroup = "Workgroup";
    public const string Attachments = "Attachments";
    public const string Standards = "StandardsAlignment";
    public const string PublishedDate = "PublishedDate";

    /// <summary>The four taxonomies the recipe creates, by the field that holds their terms.</summary>
    public static IReadOnlyList<ResourceTaxonomy> Taxonomies { get; } =
    [
        new(Kind, "taxonomy-resource-types", "resourceType"),
        new(Subjects, "taxonomy-subjects", "subject"),
        new(GradeBands, "taxonomy-grade-bands", "gradeBand"),
        new(Settings, "taxonomy-learning-settings", "setting"),
    ];

    /// <summary>The cost in US dollars, or null when none is given.</summary>
    public static double? CostOf(ContentItem item) => ContentJson.Number(item.TryGetPart(Part)?[Cost] as JsonObject, "Value");

    /// <summary>The ids a picker or taxonomy field of the Resource part holds, empty when none.</summary>
    public static IReadOnlyList<string> Ids(ContentItem item, string field, string property) =>
        item.TryGetPart(Part)?[field] is JsonObject value && value[property] is JsonArray ids
            ? [.. ids.Where(id => ContentJson.Kind(id) is System.Text.Json.JsonValueKind.String).Select(id => id!.GetValue<string>())]
            : [];
}

/// <summary>A taxonomy of the Resource type.</summary>
/// <param name="Field">The taxonomy field on the Resource part.</param>
/// <param name="TaxonomyId">The taxonomy item the recipe creates.</param>
/// <param name="Facet">The search document field its term ids go into.</param>
internal sealed record ResourceTaxonomy(string Field, string TaxonomyId, string Facet);
