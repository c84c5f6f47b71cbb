using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes;

/// <summary>
/// Recipes from the recipes folder and from module assemblies (embedded resources named <c>*.recipe.json</c>).
/// Read on every call, so an edited file is seen without a restart. A recipe is found by its header <c>name</c>
/// or by its file name without <c>.recipe.json</c>; a folder recipe wins over a module's of the same name.
/// </summary>
internal sealed partial class RecipeCatalog(
    ModuleCatalog modules,
    IOptions<RecipeOptions> options,
    ILogger<RecipeCatalog> logger,
    IHostEnvironment? environment = null) : IRecipeCatalog
{
    private const string Suffix = ".recipe.json";

    public async Task<IReadOnlyList<RecipeDescriptor>> ListAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<RecipeDescriptor>();
        foreach (var (source, json, _) in await ReadAllAsync(cancellationToken))
        {
            if (json is JsonObject header && RecipeJson.Get(header, "name") is { } name && RecipeJson.IsString(name)
                && result.All(r => !r.Name.Equals(name.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(new RecipeDescriptor(
                    name.GetValue<string>(),
                    Text(header, "displayName") ?? name.GetValue<string>(),
                    Text(header, "description") ?? "",
                    RecipeJson.Get(header, "issetuprecipe") is { } setup && RecipeJson.IsBoolean(setup) && setup.GetValue<bool>(),
                    source));
            }
        }

        return result;
    }

    public async Task<JsonNode?> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        var all = await ReadAllAsync(cancellationToken);
        return all.FirstOrDefault(r => r.Json is JsonObject o && Text(o, "name")?.Equals(name, StringComparison.OrdinalIgnoreCase) == true).Json
            ?? all.FirstOrDefault(r => r.FileName.Equals(name, StringComparison.OrdinalIgnoreCase)).Json;
    }

    /// <summary>The folder recipes are read from, or null when none of the candidates exists.</summary>
    public string? Folder()
    {
        var root = environment?.ContentRootPath ?? AppContext.BaseDirectory;
        if (!string.IsNullOrWhiteSpace(options.Value.Folder))
        {
            return Path.GetFullPath(Path.Combine(root, options.Value.Folder));
        }

        string[] candidates =
        [
            Path.Combine(root, "recipes"),
            Path.Combine(root, "..", "..", "recipes"),
            Path.Combine(AppContext.BaseDirectory, "recipes"),
        ];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
    }

    private async Task<List<(string Source, JsonNode? Json, string FileName)>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var recipes = new List<(string, JsonNode?, string)>();
        if (Folder() is { } folder && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                await using var stream = File.OpenRead(file);
                recipes.Add((file, await ParseAsync(stream, file, cancellationToken), BaseName(Path.GetFileName(file))));
            }
        }

        foreach (var assembly in modules.Modules.Select(m => m.GetType().Assembly).Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                await using var stream = assembly.GetManifestResourceStream(resource)!;
                var source = $"{assembly.GetName().Name}:{resource}";
                recipes.Add((source, await ParseAsync(stream, source, cancellationToken), BaseName(resource)));
            }
        }

        return recipes;
    }

    private async Task<JsonNode?> ParseAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, source, ex.Message);
            return null;
        }
    }

    // "blank.recipe.json" and "Module.Recipes.blank.recipe.json" are both "blank".
    private static string BaseName(string fileName)
    {
        var name = fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? fileName[..^Suffix.Length] : Path.GetFileNameWithoutExtension(fileName);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? name : name[(dot + 1)..];
    }

    private static string? Text(JsonObject obj, string name) =>
        RecipeJson.Get(obj, name) is { } node && RecipeJson.IsString(node) ? node.GetValue<string>() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recipe {Source} is not valid JSON and is left out of the catalog: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string source, string reason);
}
