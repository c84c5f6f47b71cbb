using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Connections with totals, and relations that load in batches whatever the page size.</summary>
public sealed class GraphQLRelationTests(ArticleHost articles) : IClassFixture<ArticleHost>
{
    private CmsFactory Factory => articles.Factory;

    // Only the fixture's own published articles: other tests here add items of their own, in no fixed order.
    private const string FrontEndQuery = """
        query ($first: Int) {
          article(first: $first, where: { displayText_starts_with: "Published " }, orderBy: [{ rank: { value: ASC } }]) {
            displayText
            markdownBody { html }
            workgroup { contentItems { displayText } }
            related { contentItems { displayText } }
          }
        }
        """;

    [Fact]
    public async Task AListWithTwoRelations_CostsTheSameNumberOfSqlCommandsForTenItemsAsForAHundred()
    {
        // Once unmeasured, so process-wide caches filled on first use (role permissions, definitions) do not count.
        await ProbeAsync(1);
        var (ten, tenCommands) = await ProbeAsync(10);
        var (hundred, hundredCommands) = await ProbeAsync(100);

        Assert.Equal(10, ten.AsArray().Count);
        Assert.Equal(100, hundred.AsArray().Count);
        var last = hundred[99]!;
        Assert.Equal("Published 099", last["displayText"]!.GetValue<string>());
        Assert.Contains("<strong>99</strong>", last["markdownBody"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Supporting Quality and Rigor", last["workgroup"]!["contentItems"]![0]!["displayText"]!.GetValue<string>());
        Assert.Equal(["Published 097", "Published 098"], last["related"]!["contentItems"]!.AsArray().Select(r => r!["displayText"]!.GetValue<string>()));
        Assert.True(hundredCommands.Count == tenCommands.Count, $"10 items: {tenCommands.Count} commands, 100 items: {hundredCommands.Count}:\n{string.Join("\n---\n", hundredCommands)}");
        Assert.InRange(hundredCommands.Count, 1, 6);
        TestContext.Current.TestOutputHelper?.WriteLine($"SQL commands for 100 articles with two relations: {hundredCommands.Count}");
    }

    [Fact]
    public async Task Connection_GivesTheTotalAndPageInfo_CountingOnlyWhatTheCallerMaySee()
    {
        using var anonymous = Factory.CreateClient();
        using var admin = await Factory.AdminClientAsync();
        const string Query = "query ($s: Status) { articleConnection(first: 50, skip: 100, status: $s, where: { OR: [{ displayText_starts_with: \"Published \" }, { displayText_starts_with: \"Draft \" }] }) { totalCount pageInfo { hasNextPage hasPreviousPage } items { displayText } } }";

        var (_, published) = await anonymous.GraphQLAsync(Query, new JsonObject { ["s"] = "PUBLISHED" });
        var (_, latest) = await admin.GraphQLAsync(Query, new JsonObject { ["s"] = "LATEST" });
        var (_, drafts) = await anonymous.GraphQLAsync(Query, new JsonObject { ["s"] = "DRAFT" });

        var page = published.Data("articleConnection")!;
        Assert.Equal(120, page["totalCount"]!.GetValue<int>());
        Assert.Equal(20, page["items"]!.AsArray().Count);
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(127, latest.Data("articleConnection")!["totalCount"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", drafts["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheReadmeExample_RunsAndSortsByTheFieldThenTheDate()
    {
        using var anonymous = Factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync("""
            {
              articleConnection(first: 20, status: PUBLISHED,
                                where: { OR: [{ displayText_contains: "robot" }, { rank: { value_gte: 3 } }], autoroutePart: { path_starts_with: "articles/" } },
                                orderBy: [{ rank: { value: DESC } }, { publishedUtc: DESC }]) {
                totalCount
                items { displayText markdownBody { html } workgroup { contentItems { displayText } } }
              }
            }
            """);

        Assert.True(body["errors"] is null, body.ToJsonString());
        var page = body.Data("articleConnection")!;
        Assert.Equal(117, page["totalCount"]!.GetValue<int>());
        Assert.Equal("Published 119", page["items"]![0]!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Relations_LeaveOutItemsTheCallerMayNotSee()
    {
        var drafts = await Articles.CreateAsync(Factory, 1, "Hidden", draft: true);
        var pointer = (await Articles.CreateAsync(Factory, 1, "Pointer"))[0];
        await Factory.InScopeAsync(async services =>
        {
            var content = services.GetRequiredService<Content.IContentManager>();
            var item = (await content.GetAsync(pointer, Content.VersionOptions.Latest))!;
            item.Part("Article")["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(drafts[0], articles.Published[0]) };
            Assert.True((await content.UpdateAsync(item)).Succeeded);
            return true;
        });
        using var anonymous = Factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync("query ($id: ID!) { contentItem(contentItemId: $id) { ... on Article { related { contentItemIds contentItems { contentItemId } } } } }", new JsonObject { ["id"] = pointer });

        var related = body.Data("contentItem")!["related"]!;
        Assert.Equal(2, related["contentItemIds"]!.AsArray().Count);
        Assert.Equal(articles.Published[0], Assert.Single(related["contentItems"]!.AsArray())!["contentItemId"]!.GetValue<string>());
    }

    private async Task<(JsonNode Data, IReadOnlyList<string> Commands)> ProbeAsync(int first)
    {
        var (body, commands) = await Factory.ProbeSqlAsync(FrontEndQuery, new JsonObject { ["first"] = first });
        return (body.Data("article")!, commands);
    }
}
