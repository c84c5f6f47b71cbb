using StemStl.Cms.Definitions;

namespace StemStl.Contents.Autoroute;

/// <summary><c>{"Path": "resources/robotics-kits"}</c>: a path unique across the site, typed by an editor or generated.</summary>
internal sealed class AutoroutePart : ContentPartKind
{
    public const string UniqueScope = "autoroute";

    public override string Name => "AutoroutePart";

    public override string DisplayName => "Autoroute";

    public override string Description => "A unique path for the item, typed or generated from a pattern.";

    public override Type SettingsType => typeof(AutoroutePartSettings);

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var settings = SettingsOf<AutoroutePartSettings>(context);
        if (PartJson.TryString(context, context.Part, "Path", out var path)
            && settings.AllowCustomPath
            && !string.IsNullOrWhiteSpace(path)
            && AutoroutePath.Problem(path) is { } problem)
        {
            context.Fail(problem, "format", "Path");
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var settings = SettingsOf<AutoroutePartSettings>(context);
        var path = ContentJson.Text(context.Part, "Path");
        context.Part["Path"] = settings.AllowCustomPath && !string.IsNullOrWhiteSpace(path)
            ? AutoroutePath.Normalize(path)
            : AutoroutePath.Generate(settings.Pattern, context.Item, DisplayText(context));
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) =>
        ContentJson.Text(context.Part, "Path") is { Length: > 0 } path
            ? [FieldIndexValue.ForText($"{context.Path}.Path", path)]
            : [];

    public override IEnumerable<UniqueValue> UniqueValues(ContentPartContext context) =>
        ContentJson.Text(context.Part, "Path") is { Length: > 0 } path
            ? [new UniqueValue(UniqueScope, path, $"{context.Path}.Path")]
            : [];

    // Parts are normalised in the type's order, so when AutoroutePart comes before TitlePart the item's DisplayText
    // may still be the previous version's; the title in the same save is the better source.
    private static string DisplayText(ContentPartContext context) =>
        ContentJson.Text(context.Item.TryGetPart("TitlePart"), "Title") is { } title && !string.IsNullOrWhiteSpace(title)
            ? title
            : context.Item.DisplayText;
}
