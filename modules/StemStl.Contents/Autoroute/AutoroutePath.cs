using System.Text.RegularExpressions;
using StemStl.Cms.Content;

namespace StemStl.Contents.Autoroute;

/// <summary>
/// The rules of an Autoroute path. A stored path is relative, with no leading or trailing slash, in lowercase
/// (<c>resources/robotics-kits</c>): segments of a-z, 0-9, '-', '_', '.', '~', no empty, '.' or '..' segment,
/// at most <see cref="MaxLength"/> characters. Front ends prepend the '/'.
/// </summary>
internal static partial class AutoroutePath
{
    public const int MaxLength = 1024;

    private static readonly string[] Tokens = ["DisplayText", "ContentType", "ContentItemId"];

    /// <summary>What is wrong with a path an editor typed, or null when it is acceptable once normalised.</summary>
    public static string? Problem(string path)
    {
        var trimmed = Trim(path);
        if (trimmed.Length == 0)
        {
            return "the path is only slashes; leave it empty to generate one, or write one like resources/robotics-kits.";
        }

        if (trimmed.Length > MaxLength)
        {
            return $"the path is {trimmed.Length} characters long; at most {MaxLength} are allowed.";
        }

        if (trimmed.Any(char.IsWhiteSpace))
        {
            return "the path contains spaces; use hyphens instead, e.g. robotics-kits.";
        }

        if (trimmed.Split('/').FirstOrDefault(s => s is "" or "." or "..") is { } bad)
        {
            return bad.Length == 0 ? "the path contains '//'; remove the empty segment." : $"the path contains a '{bad}' segment, which is not allowed.";
        }

        return SegmentCharacters().IsMatch(trimmed)
            ? null
            : "the path may only contain letters a-z, digits, '-', '_', '.', '~' and '/' between segments.";
    }

    /// <summary>A valid path in its stored form.</summary>
    public static string Normalize(string path) => Trim(path).ToLowerInvariant();

    /// <summary>The path the pattern gives for the item; a slug of the display text when there is no pattern.</summary>
    public static string Generate(string? pattern, ContentItem item, string displayText)
    {
        var expanded = TokenPattern().Replace(string.IsNullOrWhiteSpace(pattern) ? "{{ DisplayText }}" : pattern, match => match.Groups[1].Value switch
        {
            "DisplayText" => Slug.From(displayText),
            "ContentType" => Slug.From(item.ContentType),
            _ => Slug.From(item.ContentItemId),
        });
        var path = string.Join('/', expanded.Split('/').Select(Slug.From).Where(s => s.Length > 0));
        return path.Length <= MaxLength ? path : path[..MaxLength].TrimEnd('-', '/');
    }

    /// <summary>What is wrong with a pattern in the settings, or null.</summary>
    public static string? PatternProblem(string? pattern)
    {
        if (pattern is null)
        {
            return null;
        }

        var unknown = TokenPattern().Matches(pattern).Select(m => m.Groups[1].Value).FirstOrDefault(t => !Tokens.Contains(t, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return $"Pattern uses the unknown token {{{{ {unknown} }}}}; the tokens are {string.Join(", ", Tokens.Select(t => $"{{{{ {t} }}}}"))}.";
        }

        var rest = TokenPattern().Replace(pattern, "");
        return rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal)
            ? $"Pattern '{pattern}' has a '{{{{' or '}}}}' that is not part of a token like {{{{ DisplayText }}}}."
            : null;
    }

    private static string Trim(string path) => path.Trim().Trim('/');

    [GeneratedRegex(@"\{\{\s*(\w+)\s*\}\}")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9._~/-]+$")]
    private static partial Regex SegmentCharacters();
}
