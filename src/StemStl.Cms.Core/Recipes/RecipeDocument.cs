using System.Text.Json.Nodes;

namespace StemStl.Cms.Recipes;

/// <summary>A recipe's header and its raw steps, read from JSON (Orchard Core's recipe format).</summary>
internal sealed record RecipeDocument(
    string Name,
    string DisplayName,
    string Description,
    bool IsSetupRecipe,
    IReadOnlyDictionary<string, string> Variables,
    JsonArray Steps)
{
    /// <summary>The name errors carry when a recipe has none.</summary>
    public const string Unnamed = "(unnamed)";

    private static readonly string[] HeaderKeys =
    [
        "name", "displayName", "description", "author", "website", "version",
        "issetuprecipe", "categories", "tags", "variables", "steps",
    ];

    private static readonly string[] TextKeys = ["displayName", "description", "author", "website", "version"];

    /// <summary>Reads the header strictly; returns null when the recipe cannot be read at all. Every problem goes to <paramref name="errors"/>.</summary>
    public static RecipeDocument? Parse(JsonNode? recipe, ICollection<RecipeError> errors)
    {
        if (recipe is not JsonObject root)
        {
            errors.Add(new RecipeError(Unnamed, null, null, "", $"a recipe must be a JSON object, but it is {RecipeJson.Describe(recipe)}"));
            return null;
        }

        var nameNode = RecipeJson.Get(root, "name");
        var name = RecipeJson.IsString(nameNode) && nameNode!.GetValue<string>().Trim().Length > 0 ? nameNode.GetValue<string>() : null;
        var recipeName = name ?? Unnamed;
        void Error(string path, string message) => errors.Add(new RecipeError(recipeName, null, null, path, message));

        if (name is null)
        {
            Error("name", nameNode is null ? "the recipe needs a \"name\"" : $"\"name\" must be a non-empty string, but it is {RecipeJson.Describe(nameNode)}");
        }

        RecipeJson.CheckKeys(root, "", HeaderKeys, Error);
        foreach (var key in TextKeys)
        {
            RecipeJson.OptionalString(root, key, "", Error);
        }

        var setup = RecipeJson.Get(root, "issetuprecipe");
        if (setup is not null && !RecipeJson.IsBoolean(setup))
        {
            Error("issetuprecipe", $"\"issetuprecipe\" must be true or false, but it is {RecipeJson.Describe(setup)}");
        }

        RecipeJson.StringArray(root, "categories", "", Error);
        RecipeJson.StringArray(root, "tags", "", Error);
        var variables = ReadVariables(root, Error);

        var steps = RecipeJson.Get(root, "steps");
        if (steps is not JsonArray stepArray)
        {
            Error("steps", steps is null
                ? "the recipe needs a \"steps\" array"
                : $"\"steps\" must be an array of step objects, but it is {RecipeJson.Describe(steps)}");
            return null;
        }

        return new RecipeDocument(
            recipeName,
            RecipeJson.OptionalString(root, "displayName", "", static (_, _) => { }) ?? recipeName,
            RecipeJson.OptionalString(root, "description", "", static (_, _) => { }) ?? "",
            RecipeJson.IsBoolean(setup) && setup!.GetValue<bool>(),
            variables,
            stepArray);
    }

    private static Dictionary<string, string> ReadVariables(JsonObject root, Action<string, string> error)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = RecipeJson.Get(root, "variables");
        if (node is null)
        {
            return variables;
        }

        if (node is not JsonObject obj)
        {
            error("variables", $"\"variables\" must be an object of names to string values, but it is {RecipeJson.Describe(node)}");
            return variables;
        }

        foreach (var (key, value) in obj)
        {
            if (RecipeJson.IsString(value))
            {
                variables[key] = value!.GetValue<string>();
            }
            else
            {
                error($"variables.{key}", $"a variable's value must be a string, but it is {RecipeJson.Describe(value)}");
            }
        }

        return variables;
    }
}
