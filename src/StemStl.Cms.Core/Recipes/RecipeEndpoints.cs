using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Recipes;

/// <summary>
/// The admin API for recipes: list the catalog, validate a recipe, run one (posted as JSON or named from the catalog).
/// Refusals are 400 ProblemDetails whose <c>errors</c> extension lists every problem with its step and path.
/// </summary>
internal static class RecipeEndpoints
{
    /// <summary>The authorization policy the endpoints require; the security setup defines it.</summary>
    public const string Policy = "ManageRecipes";

    public static IEndpointRouteBuilder MapRecipeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/recipes").WithTags("Recipes").RequireAuthorization(Policy);
        group.MapGet("/", ListAsync).WithName("ListRecipes");
        group.MapPost("/validate", ValidateAsync).WithName("ValidateRecipe");
        group.MapPost("/run", RunAsync).WithName("RunRecipe");
        group.MapPost("/jobs", StartJobAsync).WithName("StartRecipeJob");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<RecipeDescriptor>>> ListAsync(IRecipeCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(cancellationToken));

    private static async Task<Results<Ok<RecipeOutcome>, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, string? name, IRecipeCatalog catalog, IRecipeExecutor executor, CancellationToken cancellationToken)
    {
        var (recipe, problem) = await ReadRecipeAsync(request, name, catalog, cancellationToken);
        if (recipe is null)
        {
            return problem!;
        }

        var result = await executor.ValidateAsync(recipe, Variables(request), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new RecipeOutcome(result.Recipe, "valid")) : Refused(result, "The recipe is not valid.");
    }

    private static async Task<Results<Ok<RecipeOutcome>, ProblemHttpResult>> RunAsync(
        HttpRequest request, string? name, IRecipeCatalog catalog, IRecipeExecutor executor, CancellationToken cancellationToken)
    {
        var (recipe, problem) = await ReadRecipeAsync(request, name, catalog, cancellationToken);
        if (recipe is null)
        {
            return problem!;
        }

        var result = await executor.ExecuteAsync(recipe, Variables(request), cancellationToken: cancellationToken);
        return result.Succeeded ? TypedResults.Ok(new RecipeOutcome(result.Recipe, "executed")) : Refused(result, "The recipe was refused; nothing was changed.");
    }

    /// <summary>Validates now (a bad recipe is refused at once, as by <c>/run</c>), then runs it as a background job: 202 with the job.</summary>
    private static async Task<Results<Accepted<JobInfo>, ProblemHttpResult>> StartJobAsync(
        HttpRequest request, string? name, IRecipeCatalog catalog, IRecipeExecutor executor, IJobQueue jobs, CancellationToken cancellationToken)
    {
        var (recipe, problem) = await ReadRecipeAsync(request, name, catalog, cancellationToken);
        if (recipe is null)
        {
            return problem!;
        }

        var variables = Variables(request);
        var result = await executor.ValidateAsync(recipe, variables, cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result, "The recipe is not valid.");
        }

        var job = await jobs.EnqueueAsync(RecipeRunJobHandler.JobKind, $"Run recipe '{result.Recipe}'", RecipeRunJobHandler.Argument(recipe, variables), cancellationToken);
        return TypedResults.Accepted($"/api/jobs/{job.Id}", job);
    }

    /// <summary>The recipe named by <c>?name=</c>, else the request body.</summary>
    private static async Task<(JsonNode? Recipe, ProblemHttpResult? Problem)> ReadRecipeAsync(
        HttpRequest request, string? name, IRecipeCatalog catalog, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            var named = await catalog.LoadAsync(name, cancellationToken);
            return named is null
                ? (null, TypedResults.Problem($"No recipe named '{name}' is in the catalog; GET /api/recipes lists them.", statusCode: StatusCodes.Status404NotFound, title: "Unknown recipe"))
                : (named, null);
        }

        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body is null
                ? (null, TypedResults.Problem("Post a recipe as JSON, or name one with ?name=.", statusCode: StatusCodes.Status400BadRequest, title: "No recipe"))
                : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, TypedResults.Problem($"The body is not valid JSON: {ex.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Invalid JSON"));
        }
    }

    // Variables come as query parameters "var.<name>=<value>", e.g. ?var.siteName=Test.
    private static Dictionary<string, string> Variables(HttpRequest request) =>
        request.Query
            .Where(q => q.Key.StartsWith("var.", StringComparison.Ordinal) && q.Key.Length > 4)
            .ToDictionary(q => q.Key[4..], q => q.Value.ToString(), StringComparer.Ordinal);

    private static ProblemHttpResult Refused(RecipeResult result, string title) =>
        TypedResults.Problem(
            detail: string.Join(Environment.NewLine, result.Errors),
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            extensions: new Dictionary<string, object?>
            {
                ["recipe"] = result.Recipe,
                ["errors"] = result.Errors.Select(e => new { step = e.StepIndex, stepName = e.StepName, path = e.Path, message = e.Message, text = e.ToString() }).ToList(),
            });

    internal sealed record RecipeOutcome(string Recipe, string Status);
}
