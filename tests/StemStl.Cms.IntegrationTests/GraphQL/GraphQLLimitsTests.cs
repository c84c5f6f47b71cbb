using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Depth, complexity and introspection with the default limits, through the real host.</summary>
public sealed class GraphQLLimitsTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    internal static JsonNode FirstError(JsonObject body) => body["errors"]![0]!;

    internal static string CodeOf(JsonObject body) => FirstError(body)["extensions"]!["code"]!.GetValue<string>();

    private static string TypeRefs(int depth) => string.Concat(Enumerable.Repeat("ofType { ", depth)) + "name" + new string('}', depth);

    [Fact]
    public async Task ADocumentDeeperThanTwelve_IsRefusedBeforeItRuns_WithItsDepth()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync($$"""{ workgroup(first: 1) { displayText } __type(name: "Query") { fields { type { {{TypeRefs(10)}} } } } }""");
        var (twelve, twelveBody) = await client.GraphQLAsync($$"""{ workgroup(first: 1) { displayText } __type(name: "Query") { fields { type { {{TypeRefs(8)}} } } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("COMPLEXITY", CodeOf(body));
        Assert.Contains("depth is 14 levels; maximum allowed on this endpoint is 12", FirstError(body)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(twelve.StatusCode == HttpStatusCode.OK, twelveBody.ToJsonString());
        Assert.Null(twelveBody["errors"]);
    }

    [Fact]
    public async Task ADocumentTooDeepForTheParser_IsA400NamingTheDepthLimit_NotAServerError()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("{ workgroup { " + string.Concat(Enumerable.Repeat("contentItems { ", 500)) + "displayText" + new string('}', 501));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_DEEP", CodeOf(body));
        Assert.Contains("at most 12 levels", FirstError(body)["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntrospectionAlone_MayNestDeeperForIDEs_ButNotWithoutBound()
    {
        using var client = factory.CreateClient();

        var (ide, ideBody) = await client.GraphQLAsync($$"""{ __type(name: "Query") { fields { type { {{TypeRefs(10)}} } } } }""");
        var (unbounded, unboundedBody) = await client.GraphQLAsync($$"""{ __type(name: "Query") { fields { type { {{TypeRefs(20)}} } } } }""");
        var recursive = string.Concat(Enumerable.Repeat("fields { type { ", 6)) + "name" + string.Concat(Enumerable.Repeat(" } }", 6));
        var (exploding, explodingBody) = await client.GraphQLAsync($$"""{ __schema { types { {{recursive}} } } }""");

        Assert.True(ide.StatusCode == HttpStatusCode.OK, ideBody.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, unbounded.StatusCode);
        Assert.Contains("too nested", FirstError(unboundedBody)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, exploding.StatusCode);
        Assert.Equal("COMPLEXITY", CodeOf(explodingBody));
        Assert.Contains("too complex", FirstError(explodingBody)["message"]!.GetValue<string>(), StringComparison.Ordinal);
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
    public async Task TheIntrospectionQueryOfGraphQLIdes_PassesTheDefaultLimits()
    {
        using var client = factory.CreateClient();
        var typeRef = "kind name " + string.Concat(Enumerable.Repeat("ofType { kind name ", 8)) + new string('}', 8);
        var query = $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;

        var (response, body) = await client.GraphQLAsync(query);

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Null(body["errors"]);
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
