using System.Text.Json.Nodes;

namespace StemStl.Cms.Definitions;

/// <summary>A content type: its settings and the parts it is made of.</summary>
/// <remarks>Every type may hold fields of its own in an implicit part named after the type, defined as a <see cref="ContentPartDefinition"/> of the same name.</remarks>
public sealed record ContentTypeDefinition(
    string Name,
    string DisplayName,
    ContentTypeSettings Settings,
    IReadOnlyList<ContentTypePartDefinition> Parts)
{
    /// <summary>The part attached under <paramref name="name"/>, or null.</summary>
    public ContentTypePartDefinition? FindPart(string name) => Parts.FirstOrDefault(p => p.Name == name);
}

/// <summary>How a type behaves.</summary>
/// <param name="Creatable">Editors may create items of it.</param>
/// <param name="Listable">It has a list in the admin.</param>
/// <param name="Draftable">Items can be saved without publishing.</param>
/// <param name="Versionable">Editing a published item makes a new version instead of changing it in place.</param>
/// <param name="Securable">Per-type permissions apply.</param>
/// <param name="Stereotype">A hint for editors and the API, e.g. <c>Taxonomy</c> or <c>Widget</c>.</param>
/// <param name="ApiVisible">Anonymous callers and read-published tokens may read its published items over the APIs. Off by
/// default, so a new type stays private until someone decides the front-end sites may see it.</param>
public sealed record ContentTypeSettings(
    bool Creatable = true,
    bool Listable = true,
    bool Draftable = true,
    bool Versionable = true,
    bool Securable = true,
    string? Stereotype = null,
    bool ApiVisible = false);

/// <summary>A part attached to a type, with the type-specific settings of that part (e.g. an Autoroute pattern).</summary>
/// <param name="Name">Name under which the part is stored in items (usually the part name).</param>
/// <param name="PartName">The part definition it uses.</param>
/// <param name="Settings">Settings read by the part kind.</param>
/// <param name="Position">Order in editors.</param>
public sealed record ContentTypePartDefinition(string Name, string PartName, JsonObject? Settings = null, int Position = 0);

/// <summary>A part definition: a named bag of fields. Built-in parts (TitlePart, …) have a kind that gives them behaviour.</summary>
public sealed record ContentPartDefinition(
    string Name,
    string DisplayName,
    string Description,
    IReadOnlyList<ContentPartFieldDefinition> Fields)
{
    public ContentPartFieldDefinition? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>A field in a part.</summary>
/// <param name="Name">Name under which the value is stored, e.g. <c>Focus</c>.</param>
/// <param name="FieldName">The field kind, e.g. <c>MarkdownField</c>.</param>
/// <param name="DisplayName">Label in editors.</param>
/// <param name="Settings">Settings read by the field kind, validation rules among them.</param>
/// <param name="Position">Order in editors.</param>
public sealed record ContentPartFieldDefinition(string Name, string FieldName, string DisplayName, JsonObject? Settings = null, int Position = 0);
