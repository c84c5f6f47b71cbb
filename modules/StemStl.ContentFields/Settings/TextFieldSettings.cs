using System.Text.RegularExpressions;
using StemStl.Cms.Definitions;

namespace StemStl.ContentFields.Settings;

internal sealed record TextFieldSettings
{
    /// <summary>How long a pattern may run against one value before the value is refused.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly string? _pattern;

    public string? Hint { get; init; }

    public bool Required { get; init; }

    public int? MaxLength
    {
        get;
        init => field = SettingsRule.Check(value, value is null or > 0, "MaxLength must be a positive number of characters.");
    }

    /// <summary>A .NET regular expression the whole text must match.</summary>
    public string? Pattern
    {
        get => _pattern;
        init => _pattern = SettingsRule.Check(value, IsValidPattern(value), $"Pattern '{value}' is not a valid regular expression.");
    }

    /// <summary>The only values allowed; empty means any text.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    private static bool IsValidPattern(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return true;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
