using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StemStl.Cms.Media;

/// <summary>
/// Library paths are made here and only here: <c>yyyy/MM/slug-hash.ext</c>, every part from a fixed alphabet. A path
/// that does not match that shape is not a library path, so nothing a caller sends can leave the media folder.
/// </summary>
internal static partial class MediaPaths
{
    private const int MaxSlug = 60;

    public static string Create(DateTimeOffset now, string originalName, string sha256, int hashLength = 8)
    {
        var extension = Path.GetExtension(originalName).ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Slug(Path.GetFileNameWithoutExtension(originalName))}-{sha256[..hashLength]}{extension}");
    }

    public static bool IsValid(string? path) => path is { Length: <= 256 } && Shape().IsMatch(path);

    /// <summary>The file's place on disk: the path's segments under <paramref name="root"/>.</summary>
    public static string OnDisk(string root, string path) => Path.Combine([root, .. path.Split('/')]);

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        // The hub runs with invariant globalization, so there is no Unicode normalization to fold accents: any letter
        // outside a-z separates words like a space does. The original name is kept in the row for people.
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlug)
            {
                break;
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "file" : text;
    }

    [GeneratedRegex("^[0-9]{4}/[0-9]{2}/[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
