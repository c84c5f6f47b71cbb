using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Per-type mutations: the REST API's rules, GraphQL's shape.</summary>
public sealed class GraphQLMutationTests(ArticleHost articles) : IClassFixture<ArticleHost>
{
    private const string Create = """
        mutation ($input: ArticleInput!, $draft: Boolean) {
          createArticle(input: $input, draft: $draft) { contentItemId contentItemVersionId displayText published markdownBody { html } workgroup { contentItemIds } rank { value } }
        }
        """;

    private const string Update = """
        mutation ($id: ID!, $version: ID!, $input: ArticleInput!) {
          updateArticle(contentItemId: $id, contentItemVersionId: $version, input: $input) { contentItemVersionId displayText }
        }
        """;

    private CmsFactory Factory => articles.Factory;

    private static JsonObject Input(string title, string? path = null) => new()
    {
        ["titlePart"] = new JsonObject { ["title"] = title },
        ["autoroutePart"] = new JsonObject { ["path"] = path ?? $"articles/{Guid.NewGuid():N}" },
        ["markdownBody"] = new JsonObject { ["markdown"] = "A *new* article." },
        ["workgroup"] = new JsonObject { ["contentItemIds"] = new JsonArray(Articles.Workgroups[0]) },
        ["rank"] = new JsonObject { ["value"] = 7 },
    };

    private static string Code(JsonObject body) => body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private static async Task<JsonNode> CreatedAsync(HttpClient client, string title, bool draft = false)
    {
        var (_, body) = await client.GraphQLAsync(Create, new JsonObject { ["input"] = Input(title), ["draft"] = draft });
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body.Data("createArticle")!;
    }

    [Fact]
    public async Task Create_StoresTheInputAndReturnsTheTypedItem()
    {
        using var admin = await Factory.AdminClientAsync();

        var created = await CreatedAsync(admin, "Robotics in the library");

        Assert.Equal("Robotics in the library", created["displayText"]!.GetValue<string>());
        Assert.True(created["published"]!.GetValue<bool>());
        Assert.Contains("<em>new</em>", created["markdownBody"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Articles.Workgroups[0], created["workgroup"]!["contentItemIds"]![0]!.GetValue<string>());
        Assert.Equal(7, created["rank"]!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Create_WithInvalidInput_NamesTheFieldPaths_AndStoresNothing()
    {
        using var admin = await Factory.AdminClientAsync();
        var input = Input("");
        input["autoroutePart"] = new JsonObject { ["path"] = "articles/published-001" };
        var (_, before) = await admin.GraphQLAsync("{ articleConnection(status: LATEST) { totalCount } }");

        var (_, body) = await admin.GraphQLAsync(Create, new JsonObject { ["input"] = input });
        var (_, after) = await admin.GraphQLAsync("{ articleConnection(status: LATEST) { totalCount } }");

        Assert.Equal("VALIDATION", Code(body));
        var paths = body["errors"]![0]!["extensions"]!["fields"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("TitlePart.Title", paths);
        Assert.Equal(["createArticle"], body["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before.Data("articleConnection")!["totalCount"]!.GetValue<int>(), after.Data("articleConnection")!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_AgainstAStaleVersion_IsAConflict_AndTheLatestVersionWins()
    {
        using var admin = await Factory.AdminClientAsync();
        var created = await CreatedAsync(admin, "Version one");
        var id = created["contentItemId"]!.GetValue<string>();
        var first = created["contentItemVersionId"]!.GetValue<string>();

        var (_, second) = await admin.GraphQLAsync(Update, new JsonObject { ["id"] = id, ["version"] = first, ["input"] = new JsonObject { ["titlePart"] = new JsonObject { ["title"] = "Version two" } } });
        var (_, stale) = await admin.GraphQLAsync(Update, new JsonObject { ["id"] = id, ["version"] = first, ["input"] = new JsonObject { ["titlePart"] = new JsonObject { ["title"] = "Lost update" } } });
        var (_, read) = await admin.GraphQLAsync("query ($id: ID!) { contentItem(contentItemId: $id, status: LATEST) { displayText } }", new JsonObject { ["id"] = id });

        Assert.Equal("Version two", second.Data("updateArticle")!["displayText"]!.GetValue<string>());
        Assert.Equal("CONFLICT", Code(stale));
        Assert.Equal("Version two", read.Data("contentItem")!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task DraftPublishUnpublishDelete_EachDoesWhatItSays()
    {
        using var admin = await Factory.AdminClientAsync();
        using var anonymous = Factory.CreateClient();
        var id = (await CreatedAsync(admin, "Lifecycle article", draft: true))["contentItemId"]!.GetValue<string>();
        var variables = new JsonObject { ["id"] = id };
        const string Read = "query ($id: ID!) { contentItem(contentItemId: $id) { displayText } }";

        var (_, hiddenDraft) = await anonymous.GraphQLAsync(Read, variables);
        var (_, published) = await admin.GraphQLAsync("mutation ($id: ID!) { publishArticle(contentItemId: $id) { published } }", variables);
        var (_, visible) = await anonymous.GraphQLAsync(Read, variables);
        var (_, unpublished) = await admin.GraphQLAsync("mutation ($id: ID!) { unpublishArticle(contentItemId: $id) { published } }", variables);
        var (_, offline) = await anonymous.GraphQLAsync(Read, variables);
        var (_, deleted) = await admin.GraphQLAsync("mutation ($id: ID!) { deleteArticle(contentItemId: $id) }", variables);
        var (_, gone) = await admin.GraphQLAsync("query ($id: ID!) { contentItem(contentItemId: $id, status: LATEST) { displayText } }", variables);

        Assert.Null(hiddenDraft.Data("contentItem"));
        Assert.True(published.Data("publishArticle")!["published"]!.GetValue<bool>());
        Assert.Equal("Lifecycle article", visible.Data("contentItem")!["displayText"]!.GetValue<string>());
        Assert.NotNull(unpublished.Data("unpublishArticle"));
        Assert.Null(offline.Data("contentItem"));
        Assert.True(deleted.Data("deleteArticle")!.GetValue<bool>());
        Assert.Null(gone.Data("contentItem"));
    }

    [Fact]
    public async Task Refusals_ChangeNothing_AndSayNotFoundToThoseWhoMayNotSeeTheItem()
    {
        using var admin = await Factory.AdminClientAsync();
        var draftId = (await CreatedAsync(admin, "Draft others may not touch", draft: true))["contentItemId"]!.GetValue<string>();
        var published = await CreatedAsync(admin, "Published others may not touch");
        using var anonymous = Factory.CreateClient();
        using var reader = Factory.TokenClient(await Factory.CreateTokenAsync("content:read"));
        using var pageWriter = Factory.TokenClient(await Factory.CreateTokenAsync("content:write:Page"));
        var edit = new JsonObject { ["titlePart"] = new JsonObject { ["title"] = "Defaced" } };

        var (_, anonymousCreate) = await anonymous.GraphQLAsync(Create, new JsonObject { ["input"] = Input("Spam") });
        var (_, wrongTypeCreate) = await pageWriter.GraphQLAsync(Create, new JsonObject { ["input"] = Input("Wrong type") });
        var (_, draftUpdate) = await anonymous.GraphQLAsync(Update, new JsonObject { ["id"] = draftId, ["version"] = "v", ["input"] = edit.DeepClone() });
        var (_, publishedUpdate) = await reader.GraphQLAsync(Update, new JsonObject
        {
            ["id"] = published["contentItemId"]!.DeepClone(),
            ["version"] = published["contentItemVersionId"]!.DeepClone(),
            ["input"] = edit.DeepClone(),
        });
        var (_, delete) = await reader.GraphQLAsync("mutation ($id: ID!) { deleteArticle(contentItemId: $id) }", new JsonObject { ["id"] = published["contentItemId"]!.DeepClone() });
        var (_, stillThere) = await anonymous.GraphQLAsync("query ($id: ID!) { contentItem(contentItemId: $id) { displayText } }", new JsonObject { ["id"] = published["contentItemId"]!.DeepClone() });

        Assert.Equal("FORBIDDEN", Code(anonymousCreate));
        Assert.Equal("FORBIDDEN", Code(wrongTypeCreate));
        Assert.Equal("NOT_FOUND", Code(draftUpdate));
        Assert.Equal("FORBIDDEN", Code(publishedUpdate));
        Assert.Equal("FORBIDDEN", Code(delete));
        Assert.Equal("Published others may not touch", stillThere.Data("contentItem")!["displayText"]!.GetValue<string>());
    }
}
