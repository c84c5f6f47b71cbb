using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Pathways;

/// <summary>The names the module's recipe gives its types, parts and fields, and lenient reads of them.</summary>
internal static class PathwayModel
{
    public const string PathwayType = "Pathway";
    public const string OccupationType = "Occupation";
    public const string OpportunityType = "Opportunity";

    /// <summary>The part that holds a pathway's stages; see <see cref="Stages.PathwayStagesPart"/>.</summary>
    public const string StagesPart = "PathwayStagesPart";

    /// <summary>The pathway's own picker of the occupations it leads to.</summary>
    public const string OccupationsField = "Occupations";

    /// <summary>The GraphQL name of an occupation's median wage, which the module makes a plain number.</summary>
    public const string MedianWageGraphName = "medianWage";

    /// <summary>The pathway's industry cluster, a taxonomy field.</summary>
    public const string ClusterField = "IndustryCluster";

    /// <summary>The interests a pathway speaks to (biology, coding, …), read by the matcher.</summary>
    public const string SubjectsField = "Subjects";

    /// <summary>The occupations a pathway leads to, as its picker names them.</summary>
    public static IReadOnlyList<string> OccupationsOf(ContentItem pathway) =>
        Strings(pathway.TryGetPart(PathwayType)?[OccupationsField] as JsonObject, "ContentItemIds");

    /// <summary>The pathway's interests, trimmed, blanks left out.</summary>
    public static IReadOnlyList<string> SubjectsOf(ContentItem pathway) =>
        Strings(pathway.TryGetPart(PathwayType)?[SubjectsField] as JsonObject, "Values");

    /// <summary>The occupation's median wage, or null when none is entered.</summary>
    public static double? MedianWageOf(ContentItem occupation) =>
        ContentJson.Number(occupation.TryGetPart(OccupationType)?["MedianWage"] as JsonObject, "Value");

    /// <summary>The non-blank strings of an array property, trimmed; anything else is left out.</summary>
    public static IReadOnlyList<string> Strings(JsonObject? value, string name) =>
        value?[name] is JsonArray array
            ? [.. array.Where(n => ContentJson.Kind(n) is JsonValueKind.String)
                .Select(n => n!.GetValue<string>().Trim())
                .Where(s => s.Length > 0)]
            : [];
}
