using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary><c>where</c> and <c>orderBy</c> on list fields, served from the item and field indexes in SQL.</summary>
public sealed class GraphQLFilterTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private async Task<IReadOnlyList<string>> TitlesAsync(string arguments)
    {
        using var client = factory.CreateClient();
        var (response, body) = await client.GraphQLAsync(arguments.Length == 0 ? "{ workgroup { displayText } }" : $"{{ workgroup({arguments}) {{ displayText }} }}");
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return [.. body.Data("workgroup")!.AsArray().Select(w => w!["displayText"]!.GetValue<string>())];
    }

    [Fact]
    public async Task OrderBy_SortsByAColumnAndByAFieldValue()
    {
        var byTitle = await TitlesAsync("orderBy: [{ displayText: ASC }]");
        var byPathDesc = await TitlesAsync("orderBy: [{ autoroutePart: { path: DESC } }]");

        Assert.Equal(byTitle.Order(StringComparer.Ordinal), byTitle);
        Assert.Equal("Supporting Quality and Rigor", byPathDesc[0]);
        Assert.Equal(5, byPathDesc.Count);
    }

    [Fact]
    public async Task Where_FiltersOnColumnsPartsAndFields_WithTheOperators()
    {
        Assert.Equal(["Connection to the Workforce"], await TitlesAsync("where: { displayText_contains: \"Workforce\" }"));
        Assert.Equal(["Identifying and Filling Gaps"], await TitlesAsync("where: { autoroutePart: { path_starts_with: \"workgroups/identifying\" } }"));
        Assert.Equal(5, (await TitlesAsync("where: { status: { text: \"Active\" } }")).Count);
        Assert.Empty(await TitlesAsync("where: { status: { text_not: \"Active\" } }"));
        Assert.Equal(2, (await TitlesAsync("where: { contentItemId_in: [\"stemstlworkgroup0000000001\", \"stemstlworkgroup0000000002\"] }")).Count);
        Assert.Equal(3, (await TitlesAsync("where: { contentItemId_not_in: [\"stemstlworkgroup0000000001\", \"stemstlworkgroup0000000002\"] }")).Count);
    }

    [Fact]
    public async Task Where_CombinesWithAndOrNot()
    {
        var either = await TitlesAsync("where: { OR: [{ displayText_starts_with: \"Centralizing\" }, { displayText_ends_with: \"Rigor\" }] }, orderBy: [{ displayText: ASC }]");
        var neither = await TitlesAsync("where: { NOT: { OR: [{ displayText_starts_with: \"Centralizing\" }, { displayText_ends_with: \"Rigor\" }] } }");
        var both = await TitlesAsync("where: { AND: [{ displayText_contains: \"the\" }, { displayText_contains: \"Ecosystem\" }] }");

        Assert.Equal(["Centralizing Communications", "Supporting Quality and Rigor"], either);
        Assert.Equal(3, neither.Count);
        Assert.Equal(["Strengthening the Ecosystem"], both);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE ContentItems; --")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Where_TreatsHostileTextAsPlainText(string text)
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("query ($t: String) { workgroup(where: { displayText_contains: $t }) { displayText } }", new JsonObject { ["t"] = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.Data("workgroup")!.AsArray());
        Assert.Equal(5, (await TitlesAsync("")).Count);
    }

    [Fact]
    public async Task OrderBy_WithTwoKeysInOneEntry_IsAnErrorNamingTheEntry()
    {
        using var client = factory.CreateClient();

        var (_, body) = await client.GraphQLAsync("{ workgroup(orderBy: [{ displayText: ASC, createdUtc: DESC }]) { displayText } }");

        var error = body["errors"]![0]!;
        Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("orderBy[0]", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_WithAnUnknownKey_IsRejectedBeforeRunningWithItsLocation()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("{ workgroup(where: { color: \"red\" }) { displayText } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body["errors"]![0]!["locations"]);
    }

    [Theory]
    [InlineData("query ($ids: [ID!]) { workgroup(where: { contentItemId_in: $ids }) { displayText } }", "where.contentItemId_in", "1,000 values")]
    [InlineData("query ($w: WorkgroupWhereInput) { workgroup(where: $w) { displayText } }", "where.OR[100]", "100 conditions")]
    [InlineData("query ($o: [WorkgroupOrderByInput!]) { workgroup(orderBy: $o) { displayText } }", "orderBy[8]", "8 keys")]
    public async Task FiltersBeyondTheirLimits_AreErrorsNamingTheLimitAndThePlace(string query, string place, string limit)
    {
        using var client = factory.CreateClient();
        var variables = new JsonObject
        {
            ["ids"] = new JsonArray([.. Enumerable.Range(0, 1_001).Select(i => (JsonNode)$"id{i}")]),
            ["w"] = new JsonObject { ["OR"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)new JsonObject { ["displayText"] = $"t{i}" })]) },
            ["o"] = new JsonArray([.. Enumerable.Range(0, 9).Select(_ => (JsonNode)new JsonObject { ["displayText"] = "ASC" })]),
        };

        var (_, body) = await client.GraphQLAsync(query, variables);

        var error = body["errors"]![0]!;
        Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith(place, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(limit, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
