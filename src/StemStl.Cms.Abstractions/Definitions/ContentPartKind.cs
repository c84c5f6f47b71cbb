using System.Text.Json.Nodes;

namespace StemStl.Cms.Definitions;

/// <summary>
/// Behaviour of a built-in or module part (TitlePart, AutoroutePart, …). A part definition of the same
/// <see cref="Name"/> may add fields; a type attaches the part with type-specific settings of type <see cref="SettingsType"/>.
/// Hooks run in this order on every save: <see cref="ValidateAsync"/>, then <see cref="NormalizeAsync"/> when the item is valid,
/// then <see cref="Index"/> and <see cref="UniqueValues"/>.
/// </summary>
public abstract class ContentPartKind
{
    /// <summary>The part name, e.g. <c>TitlePart</c>.</summary>
    public abstract string Name { get; }

    public virtual string DisplayName => Name;

    public virtual string Description => "";

    /// <summary>The type-attachment settings record; <see cref="NoSettings"/> when the part has none.</summary>
    public virtual Type SettingsType => typeof(NoSettings);

    /// <summary>Parses attachment settings, reporting unknown names and wrong JSON types at <paramref name="path"/>.</summary>
    public object ParseSettings(JsonObject? settings, string path, ICollection<DefinitionError> errors) =>
        SettingsParser.Parse(SettingsType, settings, path, errors);

    /// <summary>The parsed attachment settings of <paramref name="context"/> (cached per definition).</summary>
    protected TSettings SettingsOf<TSettings>(ContentPartContext context) where TSettings : class =>
        (TSettings)SettingsParser.Cached(SettingsType, context.TypePart.Settings);

    /// <summary>Checks the part's own values (not its fields; each field kind checks its field).</summary>
    public virtual ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Fills derived values before the version is written: DisplayText from a title, a generated path, rendered HTML.</summary>
    public virtual ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Typed index rows for the part's own values.</summary>
    public virtual IEnumerable<FieldIndexValue> Index(ContentPartContext context) => [];

    /// <summary>Values no other item may hold.</summary>
    public virtual IEnumerable<UniqueValue> UniqueValues(ContentPartContext context) => [];
}

/// <summary>Settings of a part or field that takes none.</summary>
public sealed record NoSettings;
