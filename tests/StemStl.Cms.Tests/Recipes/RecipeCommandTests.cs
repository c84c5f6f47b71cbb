using StemStl.Cms.Recipes;

namespace StemStl.Cms.Tests.Recipes;

public sealed class RecipeCommandTests(RecipeSite site) : IClassFixture<RecipeSite>
{
    private async Task<(int? Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await RecipeCommand.TryRunAsync(args, site.Services, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(site.RecipesFolder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task TryRun_WhenArgsAreNotARecipeCommand_ReturnsNull() =>
        Assert.Null((await RunAsync("--urls", "http://localhost:5000")).Code);

    [Fact]
    public async Task TryRun_WhenRecipeIsValid_RunsItWithVariablesAndReturnsZero()
    {
        var file = Write("cli.json", """{ "name": "cli", "steps": [ { "name": "Settings", "Cli": { "Name": "{{ who }}" } } ] }""");

        var (code, output, _) = await RunAsync("recipe", "run", file, "--var", "who=command line");

        Assert.Equal(0, code);
        Assert.Contains("recipe 'cli' ran.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRun_WhenRecipeIsRefused_PrintsOneLinePerErrorAndReturnsOne()
    {
        var file = Write("cli-bad.json", """{ "name": "cli-bad", "steps": [ { "name": "feature", "enable": [ "StemStl.Titel", "StemStl.Autorout" ] } ] }""");

        var (code, _, errors) = await RunAsync("recipe", "run", file);

        Assert.Equal(1, code);
        var lines = errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("recipe 'cli-bad' step 0 (feature): enable[0]: unknown feature 'StemStl.Titel'; did you mean 'StemStl.Title'?", lines[0]);
        Assert.StartsWith("recipe 'cli-bad' step 0 (feature): enable[1]:", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recipe")]
    [InlineData("recipe", "walk", "x.json")]
    [InlineData("recipe", "run", "does-not-exist.json")]
    [InlineData("recipe", "run", "x.json", "--var", "novalue")]
    public async Task TryRun_WhenUsageIsWrong_ReturnsTwo(params string[] args) =>
        Assert.Equal(2, (await RunAsync(args)).Code);
}
