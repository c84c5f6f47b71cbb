using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Definitions;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Definitions;

/// <summary>
/// One part's fields: added, removed, renamed and ordered, each with its field kind's settings. A type's own fields
/// live in a part named after the type, created here on the first save.
/// </summary>
[Authorize(Policy = CmsPolicies.ManageContentDefinitions)]
internal sealed class PartModel(IContentDefinitionManager definitions, ContentKinds kinds) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<FieldRow> Fields { get; set; } = [];

    /// <summary>The field to add; read by hand in <see cref="OnPostAsync"/>, because model binding would fall back to the page's own DisplayName.</summary>
    public FieldRow NewField { get; private set; } = new();

    [BindProperty]
    public OrphanedDataPolicy Orphans { get; set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The stored part, or null when this page will create it.</summary>
    public ContentPartDefinition? Stored { get; private set; }

    /// <summary>The type whose own fields this part holds, if any.</summary>
    public ContentTypeDefinition? OwnerType { get; private set; }

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<ContentFieldKind> FieldKinds => [.. kinds.Fields.Values.OrderBy(k => k.DisplayName, StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<SettingInput> SettingsOf(string fieldKind) =>
        kinds.Fields.TryGetValue(fieldKind, out var kind) ? SettingsForm.Describe(kind.SettingsType) : [];

    public string KindLabel(string fieldKind) => kinds.Fields.TryGetValue(fieldKind, out var kind) ? kind.DisplayName : fieldKind;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        DisplayName = Stored?.DisplayName ?? OwnerType?.DisplayName ?? Name;
        Description = Stored?.Description;
        Fields = [.. (Stored?.Fields ?? []).OrderBy(f => f.Position).Select((f, i) => new FieldRow { Name = f.Name, FieldName = f.FieldName, DisplayName = f.DisplayName, Position = i + 1 })];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Fields.Count; i++)
        {
            var field = Stored!.FindField(Fields[i].Name!)!;
            if (kinds.Fields.TryGetValue(field.FieldName, out var kind))
            {
                foreach (var (key, value) in SettingsForm.Values(kind.SettingsType, field.Settings, $"Fields[{i}]"))
                {
                    values[key] = value;
                }
            }
        }

        Values = values;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Values = FormValues.Of(Request.Form);
        NewField = new FieldRow
        {
            DisplayName = Values.GetValueOrDefault("NewField.DisplayName"),
            Name = Values.GetValueOrDefault("NewField.Name"),
            FieldName = Values.GetValueOrDefault("NewField.FieldName"),
            Position = int.TryParse(Values.GetValueOrDefault("NewField.Position"), out var position) ? position : null,
        };
        var fields = new List<(FieldRow Row, string Prefix, ContentPartFieldDefinition Field)>();
        for (var i = 0; i < Fields.Count; i++)
        {
            var row = Fields[i];
            if (Stored?.FindField(row.Name ?? "") is not { } stored || row.Remove)
            {
                continue;
            }

            var prefix = $"Fields[{i}]";
            var settings = kinds.Fields.TryGetValue(stored.FieldName, out var kind)
                ? SettingsForm.Read(kind.SettingsType, prefix, Values, ModelState)
                : stored.Settings;
            var label = string.IsNullOrWhiteSpace(row.DisplayName) ? stored.Name : row.DisplayName.Trim();
            fields.Add((row, prefix, stored with { DisplayName = label, Settings = settings }));
        }

        // Only a ticked Remove removes: a field the form did not post (added since the page was opened) stays, last.
        var posted = Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        fields.AddRange((Stored?.Fields ?? []).Where(f => !posted.Contains(f.Name)).OrderBy(f => f.Position)
            .Select(f => (new FieldRow { Name = f.Name, FieldName = f.FieldName, DisplayName = f.DisplayName }, nameof(Fields), f)));
        if (NewField.IsFilled)
        {
            fields.Add((NewField, nameof(NewField), AddedField()));
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var ordered = fields.Select((f, i) => (f, i)).OrderBy(x => x.f.Row.Position ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.f).ToList();
        var part = new ContentPartDefinition(Name, string.IsNullOrWhiteSpace(DisplayName) ? Name : DisplayName.Trim(), Description?.Trim() ?? "",
            [.. ordered.Select((f, i) => f.Field with { Position = i })]);
        // A type's own fields reach the APIs only once the type lists its own part, so the first save attaches it too.
        var attach = OwnerType is not null && OwnerType.Parts.All(p => p.PartName != Name)
            ? [OwnerType with { Parts = [.. OwnerType.Parts, new ContentTypePartDefinition(Name, Name, Position: OwnerType.Parts.Count)] }]
            : Array.Empty<ContentTypeDefinition>();
        var result = await definitions.ApplyAsync(new ContentDefinitionChange { Parts = [part], Types = attach, Orphans = Orphans }, cancellationToken);
        if (!result.Succeeded)
        {
            DefinitionErrors.AddTo(ModelState, result.Errors, [.. ordered.Select(f => f.Prefix)]);
            return Page();
        }

        Notice = NewField.IsFilled ? $"Added the field {NewField.DisplayName!.Trim()} to {part.DisplayName}." : $"Saved {part.DisplayName}.";
        return RedirectToPage(new { name = Name });
    }

    // Errors about the new field's kind are the page's to report: the definition manager would name a path, not the select.
    private ContentPartFieldDefinition AddedField()
    {
        var display = NewField.DisplayName?.Trim() ?? "";
        var name = string.IsNullOrWhiteSpace(NewField.Name) ? TechnicalName.From(display) : NewField.Name.Trim();
        if (string.IsNullOrWhiteSpace(NewField.FieldName) || !kinds.Fields.ContainsKey(NewField.FieldName))
        {
            ModelState.AddModelError("NewField.FieldName", "Choose what kind of field to add.");
        }

        if (display.Length == 0)
        {
            ModelState.AddModelError("NewField.DisplayName", "Give the new field a label, e.g. Start date.");
        }

        return new ContentPartFieldDefinition(name, NewField.FieldName ?? "", display.Length == 0 ? name : display);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        Stored = snapshot.FindPart(Name);
        OwnerType = snapshot.FindType(Name);
        return Stored is not null || OwnerType is not null || kinds.Parts.ContainsKey(Name);
    }

    /// <summary>One field on the form; for the new field, <see cref="Name"/> may be left empty to make it from the label.</summary>
    public sealed record FieldRow
    {
        public string? Name { get; set; }

        public string? FieldName { get; set; }

        public string? DisplayName { get; set; }

        public int? Position { get; set; }

        public bool Remove { get; set; }

        public bool IsFilled => !string.IsNullOrWhiteSpace(DisplayName) || !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(FieldName);
    }
}
