using System.Text.Json.Nodes;
using StemStl.Cms.Content;

namespace StemStl.Cms.Admin.Content;

/// <summary>How one value differs between two versions.</summary>
internal enum DiffKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One line of a text diff: kept, or only in the older or the newer version.</summary>
internal sealed record DiffLine(char Mark, string Text);

/// <summary>A value that differs, by its path in the item (<c>Workgroup.Focus.Markdown</c>), with a line diff for text.</summary>
internal sealed record DiffEntry(string Path, DiffKind Kind, string? Before, string? After, IReadOnlyList<DiffLine> Lines);

/// <summary>Compares two versions value by value; multi-line text is compared line by line so a one-line edit reads as one.</summary>
internal static class VersionDiff
{
    /// <summary>Line diffs are skipped above this many lines on either side; the values are then shown whole.</summary>
    public const int MaxLines = 2_000;

    public static IReadOnlyList<DiffEntry> Compare(ContentItem before, ContentItem after)
    {
        var left = Flatten(before.Content);
        var right = Flatten(after.Content);
        var entries = new List<DiffEntry>();
        foreach (var path in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
        {
            var had = left.TryGetValue(path, out var old);
            var has = right.TryGetValue(path, out var now);
            if (had && has && old == now)
            {
                continue;
            }

            var kind = !had ? DiffKind.Added : !has ? DiffKind.Removed : DiffKind.Changed;
            entries.Add(new DiffEntry(path, kind, old, now, kind == DiffKind.Changed ? Lines(old!, now!) : []));
        }

        return entries;
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, "");
        return values;

        void Walk(JsonNode? current, string path)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                    {
                        Walk(child, path.Length == 0 ? name : $"{path}.{name}");
                    }

                    break;
                case JsonArray array when array.All(e => e is JsonValue or null):
                    values[path] = string.Join('\n', array.Select(e => e?.ToString() ?? "null"));
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}[{i}]");
                    }

                    break;
                case JsonValue value:
                    values[path] = value.ToString();
                    break;
            }
        }
    }

    // A longest-common-subsequence walk over lines: small, exact, and enough for the bodies editors write.
    private static List<DiffLine> Lines(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        if (a.Length + b.Length <= 2 || a.Length > MaxLines || b.Length > MaxLines)
        {
            return [];
        }

        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new DiffLine(' ', a[x++]));
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new DiffLine('-', a[x++]));
            }
            else
            {
                lines.Add(new DiffLine('+', b[y++]));
            }
        }

        lines.AddRange(a[x..].Select(l => new DiffLine('-', l)));
        lines.AddRange(b[y..].Select(l => new DiffLine('+', l)));
        return lines;
    }
}
