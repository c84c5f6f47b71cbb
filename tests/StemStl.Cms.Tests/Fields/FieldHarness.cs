using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Fields;

/// <summary>One field of a given kind stored at <c>Article.Focus</c> of a new item, with its settings and value.</summary>
internal sealed class FieldHarness
{
    public const string PartName = "Article";
    public const string FieldName = "Focus";
    public const string FieldPath = "Article.Focus";

    public FieldHarness(ContentFieldKind kind, string? valueJson, string? settingsJson = null, IContentReader? reader = null)
    {
        Kind = kind;
        var settings = TestItems.Json(settingsJson);
        var settingsErrors = new List<DefinitionError>();
        kind.ParseSettings(settings, "Settings", settingsErrors);
        Assert.Empty(settingsErrors);

        Item = TestItems.Item("item-1", "Article");
        if (valueJson is not null)
        {
            Item.Part(PartName)[FieldName] = JsonNode.Parse(valueJson);
        }

        var field = new ContentPartFieldDefinition(FieldName, kind.Name, FieldName, settings);
        var type = TestItems.Type("Article", new ContentTypePartDefinition(PartName, PartName));
        Context = new ContentFieldContext(Item, type, PartName, field, TestItems.Snapshot(type), reader ?? new ItemsReader(), Errors);
    }

    public ContentFieldKind Kind { get; }

    public ContentItem Item { get; }

    public List<ContentValidationError> Errors { get; } = [];

    public ContentFieldContext Context { get; }

    public JsonObject Value => (JsonObject)Item.Part(PartName)[FieldName]!;

    public async Task<List<ContentValidationError>> ValidateAsync()
    {
        await Kind.ValidateAsync(Context, TestContext.Current.CancellationToken);
        return Errors;
    }

    /// <summary>Validates, insists the value is valid, then normalises it as the engine does before writing.</summary>
    public async Task NormalizeAsync()
    {
        Assert.Empty(await ValidateAsync());
        await Kind.NormalizeAsync(Context, TestContext.Current.CancellationToken);
    }

    public List<FieldIndexValue> Index() => [.. Kind.Index(Context)];

    public ContentValidationError SingleError(string code)
    {
        var error = Assert.Single(Errors);
        Assert.Equal(code, error.Code);
        Assert.StartsWith(FieldPath, error.Path, StringComparison.Ordinal);
        return error;
    }

    /// <summary>Parses settings the way a definition change does, returning the errors.</summary>
    public static List<DefinitionError> SettingsErrors(ContentFieldKind kind, string settingsJson)
    {
        var errors = new List<DefinitionError>();
        kind.ParseSettings(TestItems.Json(settingsJson), "Types[0].Fields[0].Settings", errors);
        return errors;
    }
}
