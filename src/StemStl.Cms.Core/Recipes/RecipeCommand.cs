using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace StemStl.Cms.Recipes;

/// <summary>
/// <c>recipe run &lt;file or name&gt; [--var name=value ...]</c> from the command line: runs a recipe file, or a recipe of the catalog by name, against the configured store
/// (migrated by the caller), prints every error on stderr, one line each, and returns the exit code: 0 done, 1 refused, 2 usage.
/// </summary>
internal static class RecipeCommand
{
    private const string Usage = "usage: recipe run <file or recipe name> [--var name=value ...]";

    /// <summary>The exit code, or null when <paramref name="args"/> is not a recipe command.</summary>
    public static Task<int?> TryRunAsync(string[] args, IServiceProvider services) => TryRunAsync(args, services, Console.Out, Console.Error);

    internal static async Task<int?> TryRunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "recipe")
        {
            return null;
        }

        if (!TryParse(args, out var file, out var variables, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        JsonNode? recipe;
        if (File.Exists(file))
        {
            try
            {
                await using var stream = File.OpenRead(file);
                recipe = await JsonNode.ParseAsync(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException ex)
            {
                await error.WriteLineAsync($"recipe file '{file}' is not valid JSON: {ex.Message}");
                return 1;
            }
        }
        else
        {
            // Not a file from here: a recipe of the catalog by name, e.g. "stemstl" or "stemstl.recipe.json".
            await using var lookup = services.CreateAsyncScope();
            var catalog = lookup.ServiceProvider.GetRequiredService<IRecipeCatalog>();
            recipe = await catalog.LoadAsync(CatalogName(file));
            if (recipe is null)
            {
                await error.WriteLineAsync($"'{file}' is neither a file (looked for '{Path.GetFullPath(file)}') nor the name of a recipe in the catalog.");
                return 2;
            }
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe ?? JsonValue.Create(0), variables);
        if (result.Succeeded)
        {
            await output.WriteLineAsync($"recipe '{result.Recipe}' ran.");
            return 0;
        }

        foreach (var problemLine in result.Errors)
        {
            await error.WriteLineAsync(problemLine.ToString());
        }

        await error.WriteLineAsync($"recipe '{result.Recipe}' was refused with {result.Errors.Count} error(s); nothing was changed.");
        return 1;
    }

    private static string CatalogName(string file)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase) ? name[..^".recipe.json".Length] : name;
    }

    private static bool TryParse(string[] args, out string file, out Dictionary<string, string> variables, out string problem)
    {
        file = "";
        variables = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = "";
        if (args.Length < 3 || args[1] != "run")
        {
            problem = args.Length < 2 ? "missing sub-command." : args[1] == "run" ? "missing recipe file." : $"unknown sub-command '{args[1]}'.";
            return false;
        }

        file = args[2];
        for (var i = 3; i < args.Length; i++)
        {
            var pair = args[i] == "--var" && i + 1 < args.Length ? args[++i] : args[i].StartsWith("--var=", StringComparison.Ordinal) ? args[i][6..] : null;
            var equals = pair?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            if (pair is null || equals <= 0)
            {
                problem = $"unexpected argument '{args[i]}'; variables are given as --var name=value.";
                return false;
            }

            variables[pair[..equals]] = pair[(equals + 1)..];
        }

        return true;
    }
}
