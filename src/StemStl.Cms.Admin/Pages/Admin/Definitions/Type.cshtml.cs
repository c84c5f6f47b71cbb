using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Admin.Definitions;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Definitions;

/// <summary>
/// One content type: display name, settings, and its parts attached, detached and ordered, each with its kind's
/// settings. Saving and deleting go through the definition manager, which refuses to orphan item data unless told.
/// </summary>
[Authorize(Policy = CmsPolicies.ManageContentDefinitions)]
internal sealed class TypeModel(IContentDefinitionManager definitions, ContentKinds kinds, CmsDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public TypeForm Form { get; set; } = new();

    [BindProperty]
    public List<PartRow> Rows { get; set; } = [];

    [BindProperty]
    public string? AddPart { get; set; }

    [BindProperty]
    public OrphanedDataPolicy Orphans { get; set; }

    [BindProperty]
    public bool DeleteItems { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public ContentTypeDefinition Definition { get; private set; } = null!;

    public ContentPartDefinition? OwnFields { get; private set; }

    public int ItemCount { get; private set; }

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    /// <summary>Part kinds and part definitions that can be attached, by name, with a label.</summary>
    public IReadOnlyList<(string Name, string Label)> Attachable { get; private set; } = [];

    public IReadOnlyList<SettingInput> SettingsOf(string partName) => SettingsForm.Describe(SettingsTypeOf(partName));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowStored();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Values = FormValues.Of(Request.Form);
        if (string.IsNullOrWhiteSpace(Form.DisplayName))
        {
            ModelState.AddModelError("Form.DisplayName", "Give the type a display name; editors see it in menus and lists.");
        }

        var parts = new List<(PartRow Row, string Prefix, ContentTypePartDefinition Part)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var known = Definition.FindPart(row.Name);
            if (known is null || row.Remove)
            {
                continue;
            }

            var settings = SettingsForm.Read(SettingsTypeOf(known.PartName), $"Rows[{i}]", Values, ModelState);
            parts.Add((row, $"Rows[{i}]", known with { Settings = settings }));
        }

        // Only a ticked Remove detaches: a part the form did not post (attached since the page was opened) stays, last.
        var posted = Rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        parts.AddRange(Definition.Parts.Where(p => !posted.Contains(p.Name)).OrderBy(p => p.Position)
            .Select(p => (new PartRow { Name = p.Name, PartName = p.PartName }, "Parts", p)));
        if (!string.IsNullOrEmpty(AddPart))
        {
            if (Attachable.All(a => a.Name != AddPart))
            {
                ModelState.AddModelError(nameof(AddPart), $"'{AddPart}' cannot be attached: it is unknown or already attached. Choose a part from the list.");
            }
            else
            {
                parts.Add((new PartRow { Name = AddPart, PartName = AddPart }, nameof(AddPart), new ContentTypePartDefinition(AddPart, AddPart)));
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var ordered = parts.Select((p, i) => (p, i)).OrderBy(x => x.p.Row.Position ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.p).ToList();
        var type = Definition with
        {
            DisplayName = Form.DisplayName!.Trim(),
            Settings = Definition.Settings with
            {
                Creatable = Form.Creatable, Listable = Form.Listable, Draftable = Form.Draftable, Versionable = Form.Versionable,
                Securable = Form.Securable, ApiVisible = Form.ApiVisible, Stereotype = string.IsNullOrWhiteSpace(Form.Stereotype) ? null : Form.Stereotype.Trim(),
            },
            Parts = [.. ordered.Select((p, i) => p.Part with { Position = i })],
        };
        var result = await definitions.ApplyAsync(new ContentDefinitionChange { Types = [type], Orphans = Orphans }, cancellationToken);
        if (!result.Succeeded)
        {
            DefinitionErrors.AddTo(ModelState, result.Errors, [.. ordered.Select(p => p.Prefix)]);
            return Page();
        }

        Notice = $"Saved the content type {type.DisplayName}.";
        return RedirectToPage(new { name = Name });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var ownPartShared = snapshot.Types.Values.Any(t => t.Name != Name && t.Parts.Any(p => p.PartName == Name));
        var change = new ContentDefinitionChange
        {
            DeletedTypes = [Name],
            DeletedParts = OwnFields is not null && !ownPartShared ? [Name] : [],
            Orphans = DeleteItems ? OrphanedDataPolicy.Delete : OrphanedDataPolicy.Refuse,
        };
        var result = await definitions.ApplyAsync(change, cancellationToken);
        if (!result.Succeeded)
        {
            var message = ItemCount > 0 && !DeleteItems
                ? $"{ItemCount} item{(ItemCount == 1 ? " of " + Definition.DisplayName + " exists" : "s of " + Definition.DisplayName + " exist")}, so the type was not deleted. Delete them first, or tick \"Also delete its items\"."
                : string.Join(" ", result.Errors.Select(e => e.Message));
            ModelState.AddModelError("Delete", message);
            ShowStored();
            return Page();
        }

        TempData["Notice"] = $"Deleted the content type {Definition.DisplayName}{(DeleteItems && ItemCount > 0 ? $" and its {ItemCount} item(s)" : "")}.";
        return RedirectToPage("./Index");
    }

    // The stored definition on the form: on a first visit, and when a delete is refused.
    private void ShowStored()
    {
        var s = Definition.Settings;
        Form = new TypeForm
        {
            DisplayName = Definition.DisplayName, Creatable = s.Creatable, Listable = s.Listable, Draftable = s.Draftable,
            Versionable = s.Versionable, Securable = s.Securable, ApiVisible = s.ApiVisible, Stereotype = s.Stereotype,
        };
        Rows = [.. Definition.Parts.OrderBy(p => p.Position).Select((p, i) => new PartRow { Name = p.Name, PartName = p.PartName, Position = i + 1 })];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Rows.Count; i++)
        {
            var attached = Definition.FindPart(Rows[i].Name)!;
            foreach (var (key, value) in SettingsForm.Values(SettingsTypeOf(attached.PartName), attached.Settings, $"Rows[{i}]"))
            {
                values[key] = value;
            }
        }

        Values = values;
    }

    private Type SettingsTypeOf(string partName) => kinds.Parts.GetValueOrDefault(partName)?.SettingsType ?? typeof(NoSettings);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        if (snapshot.FindType(Name) is not { } type)
        {
            return false;
        }

        Definition = type;
        OwnFields = snapshot.FindPart(Name);
        ItemCount = await db.ContentItems.AsNoTracking().Where(r => r.ContentType == Name).Select(r => r.ContentItemId).Distinct().CountAsync(cancellationToken);
        var attached = type.Parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Attachable =
        [
            .. kinds.Parts.Values.Where(k => !attached.Contains(k.Name)).Select(k => (k.Name, $"{k.DisplayName} ({k.Name})"))
                .Concat(snapshot.Parts.Values
                    .Where(p => !kinds.Parts.ContainsKey(p.Name) && p.Name != Name && !attached.Contains(p.Name) && snapshot.FindType(p.Name) is null)
                    .Select(p => (p.Name, $"{(string.IsNullOrWhiteSpace(p.DisplayName) ? p.Name : p.DisplayName)} ({p.Name}, shared fields)")))
                .OrderBy(a => a.Item2, StringComparer.OrdinalIgnoreCase),
        ];
        return true;
    }

    /// <summary>The type's own values on the form.</summary>
    public sealed class TypeForm
    {
        public string? DisplayName { get; set; }

        public bool Creatable { get; set; }

        public bool Listable { get; set; }

        public bool Draftable { get; set; }

        public bool Versionable { get; set; }

        public bool Securable { get; set; }

        public bool ApiVisible { get; set; }

        public string? Stereotype { get; set; }
    }

    /// <summary>One attached part on the form.</summary>
    public sealed class PartRow
    {
        public string Name { get; set; } = "";

        public string PartName { get; set; } = "";

        public int? Position { get; set; }

        public bool Remove { get; set; }
    }
}
