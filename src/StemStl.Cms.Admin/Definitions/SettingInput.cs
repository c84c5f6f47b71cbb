namespace StemStl.Cms.Admin.Definitions;

/// <summary>How one setting of a part or field kind is edited.</summary>
internal enum SettingInputKind
{
    Checkbox,
    YesNo,
    Text,
    Number,
    Choice,
    Lines,
    Json,
}

/// <summary>One setting of a kind's settings record, as a form input named <c>{prefix}.Settings.{Name}</c>.</summary>
internal sealed record SettingInput(string Name, string Label, SettingInputKind Kind, bool Nullable, IReadOnlyList<string> Options)
{
    public string Key(string prefix) => $"{prefix}.Settings.{Name}";

    /// <summary>An HTML id for the input of <paramref name="key"/>: brackets and dots are not welcome in ids used by CSS selectors.</summary>
    public static string IdOf(string key) => new([.. key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
