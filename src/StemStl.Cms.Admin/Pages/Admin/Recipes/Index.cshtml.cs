using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Definitions;
using StemStl.Cms.Jobs;
using StemStl.Cms.Media;
using StemStl.Cms.Recipes;
using StemStl.Cms.Recipes.Export;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Recipes;

/// <summary>
/// The recipes screen: run a recipe from the catalog or an uploaded file (validated first, errors with step and path
/// shown next to the upload), and export the site or chosen types as a recipe. Runs and exports are background jobs.
/// </summary>
[Authorize(Policy = CmsPolicies.ManageRecipes)]
internal sealed class IndexModel(
    IRecipeCatalog catalog,
    IRecipeExecutor executor,
    IJobQueue jobs,
    IUploadChecker uploads,
    IContentDefinitionManager definitions) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public ExportForm Export { get; set; } = new();

    public IReadOnlyList<RecipeDescriptor> Recipes { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    /// <summary>The uploaded file's name, kept for the form after a refusal.</summary>
    public string? UploadedName { get; private set; }

    /// <summary>Why the recipe was refused, each with its step and JSON path.</summary>
    public IReadOnlyList<RecipeError> RecipeErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRunAsync(string? name, CancellationToken cancellationToken)
    {
        var recipe = string.IsNullOrWhiteSpace(name) ? null : await catalog.LoadAsync(name, cancellationToken);
        if (recipe is null)
        {
            ModelState.AddModelError("name", $"No recipe named '{name}' is in the catalog.");
            return await PageAsync(cancellationToken);
        }

        return await StartAsync(recipe, cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a recipe file (.json) to run.");
            return await PageAsync(cancellationToken);
        }

        UploadedName = Path.GetFileName(Upload.FileName);
        await using var stream = new MemoryStream();
        await using (var upload = Upload.OpenReadStream())
        {
            await upload.CopyToAsync(stream, cancellationToken);
        }

        stream.Position = 0;
        var check = await uploads.CheckAsync(UploadedName, stream, UploadRules.Recipe, cancellationToken);
        if (!check.Accepted)
        {
            ModelState.AddModelError(nameof(Upload), check.Problem!);
            return await PageAsync(cancellationToken);
        }

        JsonNode? recipe;
        try
        {
            recipe = await JsonNode.ParseAsync(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            ModelState.AddModelError(nameof(Upload), $"'{UploadedName}' is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}); correct it and upload it again.");
            return await PageAsync(cancellationToken);
        }

        if (recipe is not JsonObject)
        {
            ModelState.AddModelError(nameof(Upload), $"'{UploadedName}' holds JSON but not a recipe: a recipe is an object with \"name\" and \"steps\".");
            return await PageAsync(cancellationToken);
        }

        return await StartAsync(recipe, cancellationToken);
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var known = Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var chosen = Export.WholeSite ? [] : Export.Types.Where(known.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (!Export.WholeSite && chosen.Count == 0)
        {
            ModelState.AddModelError("Export.Types", "Choose at least one content type, or export the whole site.");
            return Page();
        }

        var argument = RecipeExportJobHandler.Argument(Export.WholeSite ? null : chosen, Export.IncludeContent);
        var title = Export.WholeSite ? "Export the whole site as a recipe" : $"Export {string.Join(", ", chosen)} as a recipe";
        var job = await jobs.EnqueueAsync(RecipeExportJobHandler.JobKind, title, argument, cancellationToken);
        return Redirect($"/admin/jobs/{job.Id}");
    }

    private async Task<IActionResult> StartAsync(JsonNode recipe, CancellationToken cancellationToken)
    {
        var result = await executor.ValidateAsync(recipe, null, cancellationToken);
        if (!result.Succeeded)
        {
            RecipeErrors = result.Errors;
            ModelState.AddModelError(nameof(Upload), $"The recipe '{result.Recipe}' is not valid; nothing was run. Correct the {result.Errors.Count} problem(s) below and upload it again.");
            return await PageAsync(cancellationToken);
        }

        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        var job = await jobs.EnqueueAsync(RecipeRunJobHandler.JobKind, $"Run recipe '{result.Recipe}'", RecipeRunJobHandler.Argument(recipe, empty), cancellationToken);
        return Redirect($"/admin/jobs/{job.Id}");
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Recipes = await catalog.ListAsync(cancellationToken);
        Types = [.. (await definitions.GetSnapshotAsync(cancellationToken)).Types.Values.OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }
}

/// <summary>The export form: the whole site, or the chosen types, with or without their items.</summary>
public sealed class ExportForm
{
    public bool WholeSite { get; set; } = true;

    public IList<string> Types { get; set; } = [];

    public bool IncludeContent { get; set; } = true;
}
