using System.Text.Json.Nodes;

namespace StemStl.Cms.Definitions;

/// <summary>
/// Behaviour of a field kind (TextField, NumericField, …): what its JSON looks like, how it is validated
/// against its settings, and which typed index rows it produces. A field's value is a JSON object
/// (<c>{"Text":"…"}</c>, <c>{"Value":42}</c>), as in Orchard Core.
/// </summary>
public abstract class ContentFieldKind
{
    /// <summary>The kind name, e.g. <c>TextField</c>.</summary>
    public abstract string Name { get; }

    public virtual string DisplayName => Name;

    /// <summary>The settings record, carrying validation rules (required, bounds, pattern, …).</summary>
    public abstract Type SettingsType { get; }

    /// <summary>Parses field settings, reporting unknown names and wrong JSON types at <paramref name="path"/>.</summary>
    public object ParseSettings(JsonObject? settings, string path, ICollection<DefinitionError> errors) =>
        SettingsParser.Parse(SettingsType, settings, path, errors);

    /// <summary>Whether stored data of this field holds anything (used to decide if removing the field orphans data).</summary>
    public virtual bool HasValue(JsonNode? value) => value is JsonObject o && o.Count > 0;

    /// <summary>Checks the JSON types of the value and the settings' rules; reports through <see cref="ContentElementContext.Fail"/>.</summary>
    public abstract ValueTask ValidateAsync(ContentFieldContext context, CancellationToken cancellationToken);

    /// <summary>Fills derived values (rendered HTML, trimmed text) before the version is written.</summary>
    public virtual ValueTask NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Typed index rows for the value.</summary>
    public abstract IEnumerable<FieldIndexValue> Index(ContentFieldContext context);
}

/// <summary>A field kind with a typed settings record.</summary>
public abstract class ContentFieldKind<TSettings> : ContentFieldKind
    where TSettings : class
{
    public sealed override Type SettingsType => typeof(TSettings);

    public sealed override ValueTask ValidateAsync(ContentFieldContext context, CancellationToken cancellationToken) =>
        ValidateAsync(context, Settings(context), cancellationToken);

    /// <summary>The parsed settings of the field in <paramref name="context"/> (cached per definition).</summary>
    protected static TSettings Settings(ContentFieldContext context) =>
        (TSettings)SettingsParser.Cached(typeof(TSettings), context.Field.Settings);

    protected abstract ValueTask ValidateAsync(ContentFieldContext context, TSettings settings, CancellationToken cancellationToken);
}
