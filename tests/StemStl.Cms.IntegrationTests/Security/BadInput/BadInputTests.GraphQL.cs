using System.Text.Json;
using System.Text.Json.Nodes;

namespace StemStl.Cms.IntegrationTests.Security.BadInput;

/// <summary>The corpus over GraphQL: in variables, inlined into documents, as documents and as whole bodies.</summary>
public sealed partial class BadInputTests
{
    private const string Filters = """
        query ($s: String, $id: ID!) {
          page(where: { OR: [{ displayText: $s }, { displayText_contains: $s }, { displayText_starts_with: $s },
                             { displayText_ends_with: $s }, { autoroutePart: { path: $s } }, { contentItemId: $id }] }) { displayText }
          contentItem(contentItemId: $id) { displayText }
          contentItemByPath(path: $s) { displayText }
        }
        """;

    private const string Mutations = """
        mutation ($id: ID!, $s: String) {
          publishPage(contentItemId: $id) { contentItemId }
          unpublishPage(contentItemId: $id) { contentItemId }
          deletePage(contentItemId: $id)
          updatePage(contentItemId: $id, contentItemVersionId: $id, input: { titlePart: { title: $s } }) { contentItemId }
        }
        """;

    [Fact]
    public async Task GraphQL_WithHostileStringsInVariablesAndDocuments_AnswersWithErrorsOrNothing_AndChangesNothing()
    {
        using var admin = await host.Cms.AdminClientAsync();
        await RunAsync(admin, async probe =>
        {
            foreach (var value in BadInputCorpus.Strings)
            {
                var variables = new JsonObject { ["s"] = value, ["id"] = value };
                await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody(Filters, variables));
                await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody(Mutations, variables));
                var literal = JsonSerializer.Serialize(value);
                await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody($"{{ page(where: {{ displayText_contains: {literal} }}, orderBy: [{{ displayText: ASC }}]) {{ displayText }} }}"));
                await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody(value));
                if (BadInputCorpus.InUrls.Contains(value))
                {
                    await probe.SendAsync(Get, $"/api/graphql?query={Escape(value)}");
                    await probe.SendAsync(Get, $"/api/graphql?query={Escape("{ page { displayText } }")}&variables={Escape(value)}");
                }
            }
        });
    }

    [Fact]
    public async Task GraphQL_WithMalformedDeepOrHugeRequests_IsRefusedCleanly_AndChangesNothing()
    {
        using var anonymous = host.Cms.CreateClient();
        await RunAsync(anonymous, async probe =>
        {
            foreach (var body in BadInputCorpus.MalformedJson)
            {
                await probe.SendAsync(Post, "/api/graphql", body);
            }

            await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody(BadInputCorpus.DeepGraphQL(300)));
            await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody(BadInputCorpus.UnbalancedGraphQL(10_000)));
            await probe.SendAsync(Get, $"/api/graphql?query={Escape(BadInputCorpus.DeepGraphQL(100))}");
            await probe.SendAsync(Post, "/api/graphql", new ByteArrayContent(BadInputCorpus.InvalidUtf8) { Headers = { ContentType = new("application/json") } });
            await probe.SendAsync(Post, "/api/graphql", "{ page { displayText } }", "application/graphql");
            await probe.SendAsync(Post, "/api/graphql", BadInputCorpus.Oversized());

            // Huge variables: a 2 MB string, a 100,000-element list for _in, and variables nested 5,000 deep.
            var huge = new JsonObject { ["s"] = new string('x', 2 * 1024 * 1024) };
            await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody("query ($s: String) { page(where: { displayText: $s }) { displayText } }", huge));
            var many = new JsonObject { ["ids"] = new JsonArray(Enumerable.Range(0, 100_000).Select(i => (JsonNode)$"id{i}").ToArray()) };
            await probe.SendAsync(Post, "/api/graphql", BadInputHost.GraphQLBody("query ($ids: [ID!]) { page(where: { contentItemId_in: $ids }) { displayText } }", many));
            var deep = "{\"query\":\"query ($v: String) { page { displayText } }\",\"variables\":{\"v\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000) + "}}";
            await probe.SendAsync(Post, "/api/graphql", deep);
        });
    }
}
