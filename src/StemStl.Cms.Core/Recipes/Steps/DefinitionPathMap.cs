using System.Globalization;
using System.Text.RegularExpressions;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// Turns a path into a <see cref="Definitions.ContentDefinitionChange"/> (<c>Types[0].Parts[1].Settings.Pattern</c>) into the
/// path of the same value in the recipe step (<c>ContentTypes[0].ContentTypePartDefinitionRecords[1].Settings.AutoroutePartSettings.Pattern</c>).
/// Entries the reader could not turn into definitions are left out of the change, so indexes are mapped, not copied.
/// </summary>
internal sealed partial class DefinitionPathMap
{
    /// <summary>Per type in the change: its index in <c>ContentTypes</c>, and per attached part its record index and settings wrapper.</summary>
    public List<(int RecipeIndex, List<(int RecipeIndex, string Wrapper)> Children)> Types { get; } = [];

    /// <summary>Per part in the change: its index in <c>ContentParts</c>, and per field its record index and settings wrapper.</summary>
    public List<(int RecipeIndex, List<(int RecipeIndex, string Wrapper)> Children)> Parts { get; } = [];

    [GeneratedRegex(@"^(Types|Parts|DeletedTypes|DeletedParts)\[(\d+)\](.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Root();

    [GeneratedRegex(@"^\.(Parts|Fields)\[(\d+)\](.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Child();

    public string ToRecipePath(string path)
    {
        var root = Root().Match(path);
        if (!root.Success)
        {
            return path;
        }

        var index = int.Parse(root.Groups[2].Value, CultureInfo.InvariantCulture);
        var rest = root.Groups[3].Value;
        return root.Groups[1].Value switch
        {
            "DeletedTypes" => $"DeleteContentTypes[{index}]{rest}",
            "DeletedParts" => $"DeleteContentParts[{index}]{rest}",
            "Types" => Map(Types, index, "ContentTypes", "ContentTypePartDefinitionRecords", "ContentTypeSettings", rest),
            _ => Map(Parts, index, "ContentParts", "ContentPartFieldDefinitionRecords", "ContentPartSettings", rest),
        };
    }

    private static string Map(
        List<(int RecipeIndex, List<(int RecipeIndex, string Wrapper)> Children)> entries,
        int index,
        string rootName,
        string childName,
        string ownSettings,
        string rest)
    {
        if (index >= entries.Count)
        {
            return $"{rootName}[{index}]{rest}";
        }

        var (recipeIndex, children) = entries[index];
        var prefix = $"{rootName}[{recipeIndex}]";
        var child = Child().Match(rest);
        if (!child.Success)
        {
            return prefix + WrapSettings(rest, ownSettings);
        }

        var childIndex = int.Parse(child.Groups[2].Value, CultureInfo.InvariantCulture);
        var childRest = child.Groups[3].Value;
        if (childIndex >= children.Count)
        {
            return $"{prefix}.{childName}[{childIndex}]{childRest}";
        }

        var (childRecipeIndex, wrapper) = children[childIndex];
        if (childRest == ".DisplayName" && childName == "ContentPartFieldDefinitionRecords")
        {
            childRest = ".Settings.ContentPartFieldSettings.DisplayName";
        }

        return $"{prefix}.{childName}[{childRecipeIndex}]{WrapSettings(childRest, wrapper)}";
    }

    private static string WrapSettings(string rest, string wrapper) =>
        rest == ".Settings" || rest.StartsWith(".Settings.", StringComparison.Ordinal) || rest.StartsWith(".Settings[", StringComparison.Ordinal)
            ? $".Settings.{wrapper}{rest[".Settings".Length..]}"
            : rest;
}
