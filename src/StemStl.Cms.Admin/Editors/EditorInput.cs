namespace StemStl.Cms.Admin.Editors;

/// <summary>How one value is edited in the admin's generated form.</summary>
internal enum InputKind
{
    Text,
    TextArea,
    Markdown,
    Html,
    Number,
    Checkbox,
    Date,
    DateTimeUtc,
    Url,
    Choice,
    Choices,
    Lines,
    ContentPicker,
    Terms,
    Json,
}

/// <summary>A choice offered by a select, a checkbox list or a picker.</summary>
internal sealed record EditorOption(string Value, string Label, int Depth = 0);

/// <summary>
/// One input of the generated editor: where its value lives in the item (part, field, property), how it is edited,
/// and the rules shown beside it. Its form name is <see cref="Key"/>; validation errors whose path starts with
/// <see cref="ErrorPath"/> are shown next to it.
/// </summary>
internal sealed record EditorInput(string PartName, string? FieldName, string? Property, InputKind Kind, string Label)
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    public bool Multiple { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public double? Step { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The lines are media library paths: the editor offers an upload and a library search that fill them.</summary>
    public bool MediaLibrary { get; init; }

    public IReadOnlyList<EditorOption> Options { get; init; } = [];

    /// <summary>The form field name: <c>v.Part.Field.Property</c>, leaving out what does not apply.</summary>
    public string Key => "v." + ErrorPath;

    /// <summary>The item path of the value, as validation errors name it.</summary>
    public string ErrorPath => string.Join('.', new[] { PartName, FieldName, Property }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>An id usable in HTML (<c>for</c>, <c>aria-describedby</c>).</summary>
    public string HtmlId => "in-" + ErrorPath.Replace('.', '-');
}

/// <summary>The inputs of one part of the edited type, under the part's display name.</summary>
internal sealed record EditorGroup(string Name, string DisplayName, string? Description, IReadOnlyList<EditorInput> Inputs);
