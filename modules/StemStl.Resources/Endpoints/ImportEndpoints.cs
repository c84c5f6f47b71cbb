using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Resources.Importing;

namespace StemStl.Resources.Endpoints;

/// <summary>
/// <c>POST /api/resources/import?dryRun=true|false&amp;publish=true|false</c>: a resources CSV file as a <c>text/csv</c> body or a
/// multipart <c>file</c>. Needs <see cref="ResourcePermissions.ImportResources"/> and the right to edit (and, to publish,
/// publish) resources. 200 with what each row did (or would do); 422 with every error by line and column, and nothing
/// written; 400, 413 or 415 for a file that cannot be read at all.
/// </summary>
internal static class ImportEndpoints
{
    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"];

    public static RouteHandlerBuilder MapResourceImportEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/resources/import", ImportAsync)
            .WithTags("Resources")
            .WithName("ImportResources")
            .WithSummary("Imports educator resources from a CSV file, all or nothing; a dry run checks every row and writes nothing.")
            .RequireFeature(Manifest.Resources)
            .WithDescription("Send the file as a text/csv body, or as multipart/form-data in the field 'file'. Columns: "
                + string.Join(", ", ImportColumns.All.Select(c => $"{c.Name}{(c.Required ? " (required)" : "")}: {c.Description}")))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, IContentAuthorizationService authorization, ResourceImporter importer,
        bool dryRun = true, bool publish = false, CancellationToken cancellationToken = default)
    {
        if (await RefusalAsync(user, authorization, publish, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        byte[] file;
        ImportReport report;
        try
        {
            file = await ImportUpload.ReadAsync(request, importer.MaxBytes, CsvMediaTypes, cancellationToken);
            report = await importer.ImportAsync(file, dryRun, publish, cancellationToken);
        }
        catch (ImportFileException bad)
        {
            return TypedResults.Problem(bad.Message, statusCode: bad.Status, title: bad.Title);
        }

        if (report.Valid)
        {
            return TypedResults.Ok(ImportResponse.From(report));
        }

        var rows = report.Errors.Select(e => e.Line).Distinct().Count();
        return TypedResults.Problem(
            $"{report.Errors.Count} problem(s) on {rows} row(s) of {report.RowCount}; nothing was imported. Correct them and upload the file again.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The file has errors",
            extensions: new Dictionary<string, object?>
            {
                ["dryRun"] = report.DryRun,
                ["rows"] = report.RowCount,
                ["errors"] = report.Errors.Select(e => new ImportErrorResponse(e.Line, e.Column, e.Message)).ToList(),
            });
    }

    private static async Task<ProblemHttpResult?> RefusalAsync(ClaimsPrincipal user, IContentAuthorizationService authorization, bool publish, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Problem("Sign in, or send an API token, to import resources.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        var needed = await ImportAccess.MissingAsync(user, authorization, publish, cancellationToken);
        return needed.Count == 0
            ? null
            : TypedResults.Problem(
                $"Importing resources{(publish ? " and publishing them" : "")} needs {string.Join(" and ", needed.Select(n => $"'{n}'"))}, which you do not hold.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden");
    }
}
