using System.Text.Json;

namespace StemStl.Cms.Definitions;

/// <summary>
/// Checks a setting while <see cref="SettingsParser"/> reads it. A failed check surfaces as an error at the setting's
/// path, so a bad value is refused when the definition is saved, not when an item is.
/// </summary>
public static class SettingsRule
{
    /// <summary>Returns <paramref name="value"/> when <paramref name="valid"/>; otherwise refuses it with <paramref name="message"/>.</summary>
    public static T Check<T>(T value, bool valid, string message) => valid ? value : throw new JsonException(message);
}
