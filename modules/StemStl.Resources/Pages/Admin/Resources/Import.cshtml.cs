using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Jobs;
using StemStl.Cms.Security;
using StemStl.Resources.Endpoints;
using StemStl.Resources.Importing;

namespace StemStl.Resources.Pages.Admin.Resources;

/// <summary>
/// The import screen: upload a CSV file, check it (a dry run: every error in a table by line and column), then import
/// it. The checked file travels back in a hidden field so "Import" needs no second upload; it is checked again on import.
/// </summary>
internal sealed class ImportModel(ResourceImporter importer, IContentAuthorizationService authorization, IJobQueue jobs) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public bool Publish { get; set; }

    public ImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        (await ImportAccess.MissingAsync(User, authorization, publish: false, cancellationToken)).Count > 0 ? Forbid() : Page();

    public Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    /// <summary>The real import runs as a background job; its page shows how it went.</summary>
    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if ((await ImportAccess.MissingAsync(User, authorization, Publish, cancellationToken)).Count > 0)
        {
            return Forbid();
        }

        if (string.IsNullOrEmpty(Csv) || Encoding.UTF8.GetByteCount(Csv) > importer.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Check a CSV file first; only a checked file can be imported.");
            return Page();
        }

        var job = await jobs.EnqueueAsync(ResourceImportJobHandler.JobKind, Publish ? "Import and publish resources" : "Import resources as drafts", ResourceImportJobHandler.Argument(Csv, Publish), cancellationToken);
        return Redirect($"/admin/jobs/{job.Id}");
    }

    private async Task<IActionResult> CheckAsync(CancellationToken cancellationToken)
    {
        if ((await ImportAccess.MissingAsync(User, authorization, Publish, cancellationToken)).Count > 0)
        {
            return Forbid();
        }

        try
        {
            var file = Upload is not null ? await ReadAsync(Upload, cancellationToken) : Csv is not null ? Encoding.UTF8.GetBytes(Csv) : null;
            if (file is null)
            {
                ModelState.AddModelError(nameof(Upload), "Choose a CSV file to check.");
                return Page();
            }

            Report = await importer.ImportAsync(file, dryRun: true, Publish, cancellationToken);

            // Only a file that passed its check is offered for import; anything else starts again from an upload.
            Csv = Report.Valid ? Encoding.UTF8.GetString(file) : null;
        }
        catch (ImportFileException bad)
        {
            ModelState.AddModelError(nameof(Upload), $"{bad.Title}: {bad.Message}");
            Csv = null;
        }

        ModelState.Remove(nameof(Csv));
        return Page();
    }

    private async Task<byte[]> ReadAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        if (upload.Length > importer.MaxBytes)
        {
            throw ImportUpload.TooLarge(importer.MaxBytes);
        }

        await using var stream = upload.OpenReadStream();
        return await ImportUpload.ReadLimitedAsync(stream, importer.MaxBytes, cancellationToken);
    }
}
