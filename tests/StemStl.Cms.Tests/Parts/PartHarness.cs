using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Tests.Fields;

namespace StemStl.Cms.Tests.Parts;

/// <summary>One part of a given kind attached to an item of type <c>Article</c>, with attachment settings and the item's JSON.</summary>
internal sealed class PartHarness
{
    public PartHarness(ContentPartKind kind, string content = "{}", string? settingsJson = null, IContentReader? reader = null, params ContentTypeDefinition[] otherTypes)
    {
        Kind = kind;
        var settings = TestItems.Json(settingsJson);
        var settingsErrors = new List<DefinitionError>();
        kind.ParseSettings(settings, "Settings", settingsErrors);
        Assert.Empty(settingsErrors);

        Item = TestItems.Item("item-1", "Article", content);
        var typePart = new ContentTypePartDefinition(kind.Name, kind.Name, settings);
        var type = TestItems.Type("Article", typePart);
        Context = new ContentPartContext(Item, type, typePart, TestItems.Snapshot([type, .. otherTypes]), reader ?? new ItemsReader(), Errors);
    }

    public ContentPartKind Kind { get; }

    public ContentItem Item { get; }

    public List<ContentValidationError> Errors { get; } = [];

    public ContentPartContext Context { get; }

    public async Task<List<ContentValidationError>> ValidateAsync()
    {
        await Kind.ValidateAsync(Context, TestContext.Current.CancellationToken);
        return Errors;
    }

    /// <summary>Validates, insists the part is valid, then normalises it as the engine does before writing.</summary>
    public async Task NormalizeAsync()
    {
        Assert.Empty(await ValidateAsync());
        await Kind.NormalizeAsync(Context, TestContext.Current.CancellationToken);
    }

    public List<FieldIndexValue> Index() => [.. Kind.Index(Context)];

    public string? Property(string name) => Context.Part[name]?.GetValue<string>();

    public ContentValidationError SingleError(string code, string path)
    {
        var error = Assert.Single(Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        return error;
    }

    public static List<DefinitionError> SettingsErrors(ContentPartKind kind, string settingsJson)
    {
        var errors = new List<DefinitionError>();
        kind.ParseSettings(TestItems.Json(settingsJson), "Types[0].Parts[0].Settings", errors);
        return errors;
    }
}
