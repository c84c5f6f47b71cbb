using StemStl.Cms.Recipes;

namespace StemStl.Cms.Tests.Recipes;

/// <summary>Bad recipes against a site set up from stemstl.recipe.json: each is refused whole, with where and why, and changes nothing.</summary>
public sealed class RecipeRefusalTests(RecipeSite site) : IClassFixture<RecipeSite>, IAsyncLifetime
{
    // A step that would change the store if it ran, placed before the bad one.
    private const string SettingsStep = """{ "name": "Settings", "Refusals": { "Touched": true } }""";

    public async ValueTask InitializeAsync()
    {
        var setup = await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json"));
        Assert.True(setup.Succeeded, string.Join(Environment.NewLine, setup.Errors));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<RecipeError> RefusedAsync(string badStep, string header = "")
    {
        var before = await site.FingerprintAsync();

        var result = await site.ExecuteAsync($$"""{ "name": "bad", {{header}} "steps": [ {{SettingsStep}}, {{badStep}} ] }""");

        Assert.False(result.Succeeded);
        Assert.Equal(before, await site.FingerprintAsync());
        return Assert.Single(result.Errors);
    }

    [Fact]
    public async Task Execute_WhenStepNameHasTypo_IsRefusedWithSuggestion()
    {
        var error = await RefusedAsync("""{ "name": "ContentDefinitoin" }""");

        Assert.Equal((1, "name"), (error.StepIndex, error.Path));
        Assert.Equal("recipe 'bad' step 1 (ContentDefinitoin): name: unknown step 'ContentDefinitoin'; did you mean 'ContentDefinition'?", error.ToString());
    }

    [Fact]
    public async Task Execute_WhenPartNameHasTypo_IsRefusedAtThePartRecord()
    {
        var error = await RefusedAsync("""
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Event",
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart" }, { "PartName": "TitelPart" } ] } ] }
            """);

        Assert.Equal("recipe 'bad' step 1 (ContentDefinition): ContentTypes[0].ContentTypePartDefinitionRecords[1]: unknown part 'TitelPart'; did you mean 'TitlePart'?", error.ToString());
    }

    [Fact]
    public async Task Execute_WhenFieldKindHasTypo_IsRefusedAtTheFieldRecord()
    {
        var error = await RefusedAsync("""
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "Event",
              "ContentPartFieldDefinitionRecords": [ { "FieldName": "MarkdwnField", "Name": "Agenda" } ] } ] }
            """);

        Assert.Equal((1, "ContentParts[0].ContentPartFieldDefinitionRecords[0]"), (error.StepIndex, error.Path));
        Assert.EndsWith("did you mean 'MarkdownField'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WhenFieldSettingHasTypo_IsRefusedInsideTheSettingsWrapper()
    {
        var error = await RefusedAsync("""
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "Event",
              "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Venue",
                "Settings": { "TextFieldSettings": { "Requird": true } } } ] } ] }
            """);

        Assert.Equal("ContentParts[0].ContentPartFieldDefinitionRecords[0].Settings.TextFieldSettings.Requird", error.Path);
        Assert.Contains("did you mean 'Required'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WhenVariableIsUnknown_IsRefusedAtTheValue()
    {
        var error = await RefusedAsync("""{ "name": "Settings", "Site": { "SiteName": "{{ siteNme }}" } }""", """ "variables": { "siteName": "Hub" }, """);

        Assert.Equal((1, "Site.SiteName"), (error.StepIndex, error.Path));
        Assert.StartsWith("unknown variable 'siteNme'; did you mean 'siteName'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WhenFeatureIsUnknown_IsRefusedWithSuggestion()
    {
        var error = await RefusedAsync("""{ "name": "feature", "enable": [ "StemStl.Titel" ] }""");

        Assert.Equal("recipe 'bad' step 1 (feature): enable[0]: unknown feature 'StemStl.Titel'; did you mean 'StemStl.Title'?", error.ToString());
    }

    [Fact]
    public async Task Execute_WhenPermissionIsUnknown_IsRefusedWithSuggestion()
    {
        var error = await RefusedAsync("""{ "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [ "ViewContent", "Edit_Workgroop" ] } ] }""");

        Assert.Equal("recipe 'bad' step 1 (Roles): Roles[0].Permissions[1]: unknown permission 'Edit_Workgroop'; did you mean 'Edit_Workgroup'?", error.ToString());
    }

    [Fact]
    public async Task Execute_WhenContentNamesUnknownTypePartOrField_ReportsEachAtItsItemPath()
    {
        var before = await site.FingerprintAsync();

        var result = await site.ExecuteAsync("""
            { "name": "bad", "steps": [ { "name": "content", "data": [
              { "ContentItemId": "a1", "ContentType": "Workgroop" },
              { "ContentItemId": "a2", "ContentType": "Workgroup", "TitelPart": { "Title": "x" } },
              { "ContentItemId": "a3", "ContentType": "Workgroup", "Workgroup": { "Focuss": { "Markdown": "x" } } } ] } ] }
            """);

        Assert.Equal(
            [
                "data[0].ContentType: unknown content type 'Workgroop'; did you mean 'Workgroup'?",
                "data[1].TitelPart: unknown part 'TitelPart' on type 'Workgroup'; did you mean 'TitlePart'?",
                "data[2].Workgroup.Focuss: unknown field 'Focuss' in part 'Workgroup'; did you mean 'Focus'?",
            ],
            result.Errors.Select(e => $"{e.Path}: {e.Message}"));
        Assert.Equal(before, await site.FingerprintAsync());
    }

    [Fact]
    public async Task Validate_WhenSeveralStepsAreWrong_ReportsEveryError()
    {
        var result = await site.ValidateAsync("""
            { "name": "bad", "steps": [
              { "name": "feature", "enable": [ "StemStl.Autorout" ] },
              { "name": "Setings" },
              { "name": "Roles", "Roles": [ { "Permissions": [ "ViewContnet" ] } ] } ] }
            """);

        Assert.Equal(["0:enable[0]", "1:name", "2:Roles[0]", "2:Roles[0].Permissions[0]"], result.Errors.Select(e => $"{e.StepIndex}:{e.Path}"));
    }

    [Fact]
    public async Task Validate_WhenStepBelongsToAFeatureEnabledEarlierInTheRecipe_AcceptsIt()
    {
        var refused = await site.ValidateAsync("""{ "name": "w", "steps": [ { "name": "widgets", "count": 3 } ] }""");
        var accepted = await site.ValidateAsync($$"""
            { "name": "w", "steps": [ { "name": "feature", "enable": [ "{{RecipeTestModule.Feature}}" ] }, { "name": "widgets", "count": 3 },
              { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [ "ManageWidgets" ] } ] } ] }
            """);

        Assert.Equal("recipe 'w' step 0 (widgets): name: step 'widgets' belongs to feature 'Test.Widgets', which is not enabled at this point; enable it in an earlier 'feature' step",
            Assert.Single(refused.Errors).ToString());
        Assert.True(accepted.Succeeded, string.Join(Environment.NewLine, accepted.Errors));
    }

    [Fact]
    public async Task Validate_WhenPartKindsFeatureIsDisabledEarlier_RefusesTheDefinition()
    {
        var result = await site.ValidateAsync("""
            { "name": "off", "steps": [ { "name": "feature", "disable": [ "StemStl.Html" ] },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "HtmlBodyPart" } ] } ] } ] }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "ContentTypes[0].ContentTypePartDefinitionRecords[0]"), (error.StepIndex, error.Path));
    }

    [Fact]
    public async Task Validate_WhenDisablingAFeatureAnotherNeeds_NamesTheDependent()
    {
        var result = await site.ValidateAsync("""{ "name": "off", "steps": [ { "name": "feature", "disable": [ "StemStl.Title" ] } ] }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("disable[0]", error.Path);
        Assert.Contains("'StemStl.Taxonomies'", error.Message, StringComparison.Ordinal);
    }
}
