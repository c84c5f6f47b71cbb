using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Who sees what over GraphQL, and the schema following the definitions.</summary>
public sealed class GraphQLAccessTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> CreatePageAsync(string title, bool draft, JsonObject? extra = null)
    {
        using var admin = await factory.AdminClientAsync();
        var body = Json.Page(title);
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        var response = await admin.PostJsonAsync(draft ? "/api/content?draft=true" : "/api/content", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    [Fact]
    public async Task Drafts_AreInvisibleToAnonymousCallersAndReadTokens_ButPreviewTokensSeeThem()
    {
        var id = await CreatePageAsync("Unannounced robotics fair", draft: true);
        const string Query = """query ($id: ID!) { contentItem(contentItemId: $id, status: LATEST) { displayText } page(status: DRAFT) { contentItemId } }""";
        var variables = new JsonObject { ["id"] = id };
        using var anonymous = factory.CreateClient();
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var previewer = factory.TokenClient(await factory.CreateTokenAsync("content:preview"));

        var (_, hidden) = await anonymous.GraphQLAsync(Query, variables);
        var (_, stillHidden) = await reader.GraphQLAsync(Query, variables);
        var (_, shown) = await previewer.GraphQLAsync(Query, variables);

        // Asking to list drafts without Preview is an error that says why; it names no item.
        Assert.Null(hidden["data"]);
        Assert.Equal("FORBIDDEN", hidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(id, hidden.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(stillHidden["data"]);
        Assert.Equal("FORBIDDEN", stillHidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Unannounced robotics fair", shown.Data("contentItem")!["displayText"]!.GetValue<string>());
        Assert.Contains(shown.Data("page")!.AsArray(), p => p!["contentItemId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task ChangingADefinition_ShowsTheNewFieldOnTheNextRequest_AndPickersOnlyReturnWhatTheCallerMaySee()
    {
        using var client = factory.CreateClient();
        var (before, _) = await client.GraphQLAsync("{ page { related { contentItemIds } } }");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, before.StatusCode);

        var page = await PageWithOwnPartAsync();
        var changed = await factory.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ApplyAsync(new ContentDefinitionChange
        {
            Parts = [new ContentPartDefinition("Page", "Page", "The page's own fields.", [new ContentPartFieldDefinition("Related", "ContentPickerField", "Related", new JsonObject { ["Multiple"] = true })])],
            Types = [page],
        }, Ct));
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => $"{e.Path}: {e.Message}")));

        var visible = await CreatePageAsync("Published neighbour", draft: false);
        var secret = await CreatePageAsync("Draft neighbour", draft: true);
        var host = await CreatePageAsync("Page with relations", draft: false,
            new JsonObject { ["Page"] = new JsonObject { ["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(visible, secret) } } });

        var (after, body) = await client.GraphQLAsync("""query ($id: ID!) { contentItem(contentItemId: $id) { ... on Page { related { contentItemIds contentItems { displayText } } } } }""",
            new() { ["id"] = host });

        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        var related = body.Data("contentItem")!["related"]!;
        Assert.Equal(2, related["contentItemIds"]!.AsArray().Count);
        Assert.Equal("Published neighbour", Assert.Single(related["contentItems"]!.AsArray())!["displayText"]!.GetValue<string>());
    }

    private Task<ContentTypeDefinition> PageWithOwnPartAsync() => factory.InScopeAsync(async sp =>
    {
        var page = (await sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct)).FindType("Page")!;
        return page with { Parts = [.. page.Parts, new ContentTypePartDefinition("Page", "Page", Position: 10)] };
    });
}
