using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes;

/// <summary>
/// Validates a whole recipe against a simulation of the state its steps leave, then runs every step in one transaction.
/// Nested recipes (the <c>recipes</c> step) are validated in the same simulation and run in the same transaction.
/// </summary>
internal sealed class RecipeExecutor(
    IServiceProvider services,
    RecipeStepResolver resolver,
    IContentDefinitionManager definitions,
    IFeatureManager features,
    RoleManager<CmsRole> roles,
    CmsDbContext db,
    TimeProvider clock) : IRecipeExecutor
{
    private DateTimeOffset _now;
    private IReadOnlyDictionary<string, string>? _callerVariables;

    public async Task<RecipeResult> ValidateAsync(JsonNode recipe, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default)
    {
        StartRun(variables);
        var (document, _, errors) = await ValidateTopAsync(recipe, cancellationToken);
        return new RecipeResult(document?.Name ?? NameOf(recipe), errors);
    }

    public async Task<RecipeResult> ExecuteAsync(
        JsonNode recipe, IReadOnlyDictionary<string, string>? variables = null, IProgress<RecipeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        StartRun(variables);
        var (document, steps, errors) = await ValidateTopAsync(recipe, cancellationToken);
        if (document is null || errors.Count > 0)
        {
            return new RecipeResult(document?.Name ?? NameOf(recipe), errors);
        }

        // Inside a caller's transaction a savepoint gives the same all-or-nothing without committing the caller's work.
        var outer = db.Database.CurrentTransaction;
        var savepoint = outer is null ? null : $"recipe_{Guid.NewGuid():N}";
        IDbContextTransaction? own = null;
        if (outer is null)
        {
            own = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        else
        {
            await outer.CreateSavepointAsync(savepoint!, cancellationToken);
        }

        try
        {
            await RunAsync(document.Name, steps, cancellationToken, progress);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            else
            {
                await outer!.ReleaseSavepointAsync(savepoint!, cancellationToken);
            }

            return new RecipeResult(document.Name, []);
        }
        catch (RecipeFailedException failed)
        {
            await RollBackAsync(own, outer, savepoint);
            return new RecipeResult(document.Name, failed.Errors);
        }
        catch
        {
            await RollBackAsync(own, outer, savepoint);
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Validates a recipe named by a <c>recipes</c> step inside the current simulation; returns its errors.</summary>
    internal async Task<IReadOnlyList<RecipeError>> ValidateNestedAsync(JsonNode recipe, RecipeSimulation simulation, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var document = RecipeDocument.Parse(recipe, errors);
        if (document is null)
        {
            return errors;
        }

        simulation.RecipeChain.Push(document.Name);
        try
        {
            var steps = Prepare(document, errors);
            await ValidateStepsAsync(document.Name, steps, simulation, errors, cancellationToken);
        }
        finally
        {
            simulation.RecipeChain.Pop();
        }

        return errors;
    }

    /// <summary>Runs a nested recipe's steps in the current transaction; failures surface as <see cref="RecipeFailedException"/>.</summary>
    internal Task RunNestedAsync(JsonNode recipe, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var document = RecipeDocument.Parse(recipe, errors);
        var steps = document is null ? [] : Prepare(document, errors);
        if (document is null || errors.Count > 0)
        {
            // The recipe changed between validation and execution (e.g. its file was edited).
            throw new RecipeFailedException(errors);
        }

        return RunAsync(document.Name, steps, cancellationToken);
    }

    private void StartRun(IReadOnlyDictionary<string, string>? variables)
    {
        _now = clock.GetUtcNow();
        _callerVariables = variables;
    }

    private async Task<(RecipeDocument? Document, IReadOnlyList<PreparedStep> Steps, List<RecipeError> Errors)> ValidateTopAsync(JsonNode recipe, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var document = RecipeDocument.Parse(recipe, errors);
        if (document is null)
        {
            return (null, [], errors);
        }

        var steps = Prepare(document, errors);
        var simulation = await SimulateCurrentStateAsync(cancellationToken);
        simulation.RecipeChain.Push(document.Name);
        await ValidateStepsAsync(document.Name, steps, simulation, errors, cancellationToken);

        // Unreadable steps and unknown variables are found before the steps are validated; report in step order.
        return (document, steps, [.. errors.OrderBy(e => e.StepIndex ?? -1)]);
    }

    private List<PreparedStep> Prepare(RecipeDocument document, List<RecipeError> errors)
    {
        var variables = RecipeVariables.Merge(_now, document.Variables, _callerVariables);
        var prepared = new List<PreparedStep>();
        for (var i = 0; i < document.Steps.Count; i++)
        {
            var step = resolver.Read(document.Name, i, document.Steps[i], errors);
            if (step is null)
            {
                continue;
            }

            var index = i;
            var json = (JsonObject)RecipeVariables.Substitute(step.Value.Json, variables, "", (path, message) =>
                errors.Add(new RecipeError(document.Name, index, step.Value.Handler.Name, path, message)))!;
            prepared.Add(new PreparedStep(i, step.Value.Handler, json));
        }

        return prepared;
    }

    private async Task ValidateStepsAsync(string recipeName, IReadOnlyList<PreparedStep> steps, RecipeSimulation simulation, List<RecipeError> errors, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            var context = new RecipeValidationContext(recipeName, step.Index, step.Json, simulation, errors);
            if (resolver.CheckFeature(step.Handler, simulation, context))
            {
                await step.Handler.ValidateAsync(context, cancellationToken);
            }
        }
    }

    private async Task RunAsync(string recipeName, IReadOnlyList<PreparedStep> steps, CancellationToken cancellationToken, IProgress<RecipeProgress>? progress = null)
    {
        for (var done = 0; done < steps.Count; done++)
        {
            var step = steps[done];
            progress?.Report(new RecipeProgress(done, steps.Count, step.Handler.Name));
            try
            {
                await step.Handler.ExecuteAsync(new RecipeExecutionContext(recipeName, step.Index, step.Json, services), cancellationToken);
            }
            catch (RecipeStepException refused)
            {
                throw new RecipeFailedException(
                    [.. refused.Problems.Select(p => new RecipeError(recipeName, step.Index, step.Handler.Name, p.Path, p.Message))]);
            }
            catch (Exception ex) when (ex is not RecipeFailedException and not OperationCanceledException)
            {
                throw new RecipeFailedException(
                    [new RecipeError(recipeName, step.Index, step.Handler.Name, "", $"the step failed: {ex.GetBaseException().Message}")]);
            }
        }
    }

    private async Task<RecipeSimulation> SimulateCurrentStateAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var roleNames = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        return new RecipeSimulation
        {
            Types = new Dictionary<string, ContentTypeDefinition>(snapshot.Types, StringComparer.Ordinal),
            Parts = new Dictionary<string, ContentPartDefinition>(snapshot.Parts, StringComparer.Ordinal),
            EnabledFeatures = new HashSet<string>(features.EnabledFeatureIds, StringComparer.Ordinal),
            Roles = new HashSet<string>(roleNames, StringComparer.OrdinalIgnoreCase),
        };
    }

    private async Task RollBackAsync(IDbContextTransaction? own, IDbContextTransaction? outer, string? savepoint)
    {
        // CancellationToken.None: a rollback must happen even when the run was cancelled.
        if (own is not null)
        {
            await own.RollbackAsync(CancellationToken.None);
        }
        else
        {
            await outer!.RollbackToSavepointAsync(savepoint!, CancellationToken.None);
        }

        // Entities tracked by the failed steps hold values the database no longer has.
        db.ChangeTracker.Clear();
    }

    private static string NameOf(JsonNode recipe) =>
        recipe is JsonObject o && RecipeJson.IsString(RecipeJson.Get(o, "name")) ? RecipeJson.Get(o, "name")!.GetValue<string>() : RecipeDocument.Unnamed;

    private sealed record PreparedStep(int Index, IRecipeStep Handler, JsonObject Json);
}
