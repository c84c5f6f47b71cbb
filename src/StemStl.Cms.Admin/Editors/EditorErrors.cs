using StemStl.Cms.Content;

namespace StemStl.Cms.Admin.Editors;

/// <summary>Puts each validation error next to the input it is about; what matches no input goes to the form as a whole ("").</summary>
internal static class EditorErrors
{
    public static Dictionary<string, string> ByInput(IEnumerable<EditorGroup> groups, IEnumerable<ContentValidationError> errors)
    {
        var inputs = groups.SelectMany(g => g.Inputs).ToList();
        var byInput = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var input = inputs
                .Where(i => Covers(i.ErrorPath, error.Path) || Covers(error.Path, i.ErrorPath))
                .OrderByDescending(i => Covers(i.ErrorPath, error.Path) ? i.ErrorPath.Length : 0)
                .FirstOrDefault();
            var key = input?.Key ?? "";
            var message = input is null ? $"{error.Path}: {error.Message}" : Capitalize(error.Message);
            byInput[key] = byInput.TryGetValue(key, out var earlier) ? $"{earlier} {message}" : message;
        }

        return byInput;
    }

    // "A.B" covers "A.B" and "A.B.C" but not "A.BC".
    private static bool Covers(string outer, string inner) =>
        inner.Length == outer.Length ? inner == outer : inner.StartsWith(outer + ".", StringComparison.Ordinal);

    private static string Capitalize(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
