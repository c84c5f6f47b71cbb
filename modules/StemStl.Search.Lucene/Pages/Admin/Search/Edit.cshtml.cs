using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Pages.Admin.Search;

/// <summary>
/// Creates an index (no name in the path) or edits one: its types, analyzer, published or latest versions, who may
/// query it, and per-field settings. A saved change that shapes documents rebuilds the index in the background.
/// </summary>
internal sealed class EditModel(
    LuceneIndexSettings settings,
    LuceneIndexManager indexes,
    IContentDefinitionManager definitions,
    IContentAuthorizationService authorization) : PageModel
{
    /// <summary>Blank field rows offered below the known ones, for fields no document has yet.</summary>
    private const int BlankRows = 3;

    [BindProperty]
    public IndexForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public bool IsNew { get; private set; }

    public IReadOnlyList<string> AvailableTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? name, CancellationToken cancellationToken)
    {
        if (!await SearchAdmin.MayManageAsync(authorization, User, cancellationToken))
        {
            return Forbid();
        }

        IsNew = name is null;
        if (name is not null)
        {
            if (await settings.FindAsync(name, cancellationToken) is not { } state)
            {
                return NotFound();
            }

            Form = IndexForm.From(state.Definition, KnownFields(name));
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? name, CancellationToken cancellationToken)
    {
        if (!await SearchAdmin.MayManageAsync(authorization, User, cancellationToken))
        {
            return Forbid();
        }

        IsNew = name is null;
        var existing = name is null ? null : await settings.FindAsync(name, cancellationToken);
        if (name is not null && existing is null)
        {
            return NotFound();
        }

        // The name of an existing index is its folder and its permission's name: it is not edited here.
        Form.Name = name ?? Form.Name;
        ModelState.Clear();
        var definition = Form.Read(ModelState, nameof(Form));
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        foreach (var type in Form.ContentTypes.Where(t => snapshot.FindType(t) is null))
        {
            ModelState.AddModelError("Form.ContentTypes", $"There is no content type '{type}'; choose among the types listed.");
        }

        if (IsNew && definition is not null && await settings.FindAsync(definition.Name, cancellationToken) is not null)
        {
            ModelState.AddModelError("Form.Name", $"An index named '{definition.Name}' already exists; choose another name or edit that one.");
        }

        if (definition is null || !ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        await settings.SaveAsync(definition, cancellationToken);
        indexes.Wake();
        Notice = existing is null
            ? $"'{definition.Name}' is defined; it is being built in the background."
            : existing.Definition.Hash == definition.Hash
                ? $"'{definition.Name}' is saved."
                : $"'{definition.Name}' is saved; it is being rebuilt in the background under the new settings.";
        return RedirectToPage("Index");
    }

    private IEnumerable<string> KnownFields(string name) =>
        indexes.Find(name)?.CommittedSchema is { } schema
            ? schema.FieldsOf(LuceneFieldKind.Text).Union(schema.FieldsOf(LuceneFieldKind.Keyword), StringComparer.Ordinal)
            : [];

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        AvailableTypes = [.. (await definitions.GetSnapshotAsync(cancellationToken)).Types.Keys.Order(StringComparer.Ordinal)];
        while (Form.Fields.Count(f => f.IsBlank) < BlankRows)
        {
            Form.Fields.Add(new FieldRow());
        }

        return Page();
    }
}
