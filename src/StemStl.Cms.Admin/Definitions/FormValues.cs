using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.Admin.Definitions;

/// <summary>The posted form as plain strings, so a refused form is shown again with exactly what the user typed.</summary>
internal static class FormValues
{
    public static Dictionary<string, string> Of(IFormCollection form) =>
        form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
}
