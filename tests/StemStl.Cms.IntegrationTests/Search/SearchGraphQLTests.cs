using StemStl.Cms.IntegrationTests.GraphQL;
using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

[Collection(nameof(SearchHost))]
public sealed class SearchGraphQLTests(SearchHost host)
{
    private const string Query = """
        query ($q: String, $filters: [String!], $first: Int) {
          search(index: "Search", query: $q, filters: $filters, facets: ["Lesson.Subjects"], first: $first, sort: "displayText") {
            totalCount
            items { score contentItem { displayText ... on Lesson { contentItemId } } highlights { field snippets } }
            facets { field values { value count } }
          }
        }
        """;

    [Fact]
    public async Task Search_OverGraphQL_MatchesTheRestApi()
    {
        using var anonymous = host.Factory.CreateClient();
        var rest = await SearchAsync(anonymous, $"index=Search&q=robot&filter=Lesson.Workgroup:{WorkgroupB}&facets=Lesson.Subjects&first=1&sort=displayText");

        var (_, body) = await anonymous.GraphQLAsync(Query, new() { ["q"] = "robot", ["filters"] = new System.Text.Json.Nodes.JsonArray($"Lesson.Workgroup:{WorkgroupB}"), ["first"] = 1 });

        var search = body.Data("search")!;
        Assert.Null(body["errors"]);
        Assert.Equal(Total(rest), search["totalCount"]!.GetValue<int>());
        Assert.Equal(Titles(rest), [.. search["items"]!.AsArray().Select(i => i!["contentItem"]!["displayText"]!.GetValue<string>())]);
        Assert.Equal(
            Facet(rest, "Lesson.Subjects"),
            search["facets"]![0]!["values"]!.AsArray().ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["count"]!.GetValue<int>()));
        Assert.Equal("Painting <em>Robots</em> &amp; &lt;Rockets&gt;", search["items"]![0]!["highlights"]!.AsArray()
            .Single(h => h!["field"]!.GetValue<string>() == "TitlePart.Title")!["snippets"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_OverGraphQL_WithBadSyntax_IsAnErrorWithItsPath()
    {
        using var anonymous = host.Factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync(Query, new() { ["q"] = "title:(" });

        var error = body["errors"]![0]!;
        Assert.Equal("search", error["path"]![0]!.GetValue<string>());
        Assert.Equal("INVALID_SEARCH", error["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("q: ", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
