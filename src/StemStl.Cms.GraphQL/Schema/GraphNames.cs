namespace StemStl.Cms.GraphQL.Schema;

/// <summary>How definition names become GraphQL names, in one place: camelCase fields, Orchard's names for the bodies.</summary>
internal static class GraphNames
{
    /// <summary>Names the common fields already use; a part or field with one of these names is left out of the type.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "contentItemId", "contentItemVersionId", "contentType", "displayText", "published", "latest",
        "createdUtc", "modifiedUtc", "publishedUtc", "owner", "author", "__typename",
    };

    public static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The field a part appears under: Orchard's <c>markdownBody</c> and <c>htmlBody</c>, else the camelCase part name.</summary>
    public static string PartField(string partName) => partName switch
    {
        "MarkdownBodyPart" => "markdownBody",
        "HtmlBodyPart" => "htmlBody",
        _ => Camel(partName),
    };

    /// <summary>A GraphQL type name for a content type (types are PascalCase already; other characters are dropped).</summary>
    public static string Type(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit)]);
}
