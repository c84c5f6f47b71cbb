using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Depth, complexity and introspection with the default limits, through the real host.</summary>
public sealed class GraphQLLimitsTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    internal static JsonNode FirstError(JsonObject body) => body["errors"]![0]!;

    internal static string CodeOf(JsonObject body) => FirstError(body)["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task ADocumentDeeperThanTwelve_IsRefusedBeforeItRuns_WithItsDepth()
    {
        using var client = factory.CreateClient();
        var nested = string.Concat(Enumerable.Repeat("ofType { ", 10)) + "name" + new string('}', 10);

        var (response, body) = await client.GraphQLAsync($$"""{ __type(name: "Query") { fields { type { {{nested}} } } } }""");
        var (shallow, shallowBody) = await client.GraphQLAsync("""{ __type(name: "Query") { fields { type { ofType { name } } } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("COMPLEXITY", CodeOf(body));
        Assert.Contains("depth", FirstError(body)["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, shallow.StatusCode);
        Assert.Null(shallowBody["errors"]);
    }

    [Fact]
    public async Task ADocumentOverTheComplexityLimit_IsRefusedBeforeItRuns()
    {
        using var client = factory.CreateClient();
        var fields = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"f{i}: displayText"));

        var (response, body) = await client.GraphQLAsync($"{{ workgroup(first: 1000) {{ {fields} }} }}");
        var (modest, modestBody) = await client.GraphQLAsync($"{{ workgroup(first: 100) {{ {fields} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("COMPLEXITY", CodeOf(body));
        Assert.Contains("complexity", FirstError(body)["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, modest.StatusCode);
        Assert.Equal(5, modestBody.Data("workgroup")!.AsArray().Count);
    }

    [Fact]
    public async Task Introspection_IsOnByDefault()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body.Data("__schema")!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnOversizedPlainDocument_Is413_WithACodedGraphQLError()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("{ workgroup { displayText } }" + new string(' ', 17 * 1024) + "#");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", CodeOf(body));
        Assert.Contains("persisted", FirstError(body)["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
