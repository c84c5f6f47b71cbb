namespace StemStl.Cms.Recipes;

/// <summary>Where recipes come from. Section <c>StemStl:Recipes</c>.</summary>
public sealed class RecipeOptions
{
    public const string Section = "StemStl:Recipes";

    /// <summary>
    /// The folder of <c>*.json</c> recipes, relative to the content root. When unset, the first existing of
    /// <c>recipes</c> (content root), <c>../../recipes</c> (the repository's folder when run with <c>dotnet run --project src/…</c>)
    /// and <c>recipes</c> beside the application's binaries.
    /// </summary>
    public string? Folder { get; set; }
}
