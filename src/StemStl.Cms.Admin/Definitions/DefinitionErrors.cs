using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Admin.Definitions;

/// <summary>
/// Puts the definition manager's errors next to the inputs they are about. The pages send one type or part per change,
/// so an error path such as <c>Parts[0].Fields[2].Settings.MaxLength</c> names a row of the form and an input in it.
/// </summary>
internal static partial class DefinitionErrors
{
    /// <param name="rows">The form prefix of each list entry in the change (<c>Fields[3]</c>, <c>NewField</c>), in change order.</param>
    public static void AddTo(ModelStateDictionary modelState, IEnumerable<DefinitionError> errors, IReadOnlyList<string> rows)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(KeyOf(error.Path, rows), Capitalize(error.Message));
        }
    }

    /// <summary>The form key of an error path: the list row put back in place of the change's index, the type or part prefix dropped.</summary>
    public static string KeyOf(string path, IReadOnlyList<string> rows)
    {
        var row = Row().Match(path);
        if (row.Success)
        {
            var index = int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return index < rows.Count ? rows[index] + row.Groups[3].Value : row.Groups[1].Value;
        }

        var whole = Whole().Match(path);
        return whole.Success ? whole.Groups[1].Value : path.StartsWith("Deleted", StringComparison.Ordinal) ? "Delete" : "";
    }

    /// <summary>The messages on <paramref name="key"/>, or null.</summary>
    public static string? Of(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    private static string Capitalize(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    [GeneratedRegex(@"^(?:Types|Parts)\[0\]\.(Parts|Fields)\[(\d+)\](.*)$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^(?:Types|Parts)\[0\]\.?(.*)$")]
    private static partial Regex Whole();
}
