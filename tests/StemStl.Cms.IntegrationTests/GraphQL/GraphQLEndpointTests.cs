using System.Net;
using System.Net.Http.Headers;
using System.Text;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>The endpoint as the GraphQL-over-HTTP specification describes it.</summary>
public sealed class GraphQLEndpointTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ReadsTypedPartsAndFieldsOfTheSeededWorkgroups()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("""
            { workgroup(first: 10) { contentItemId displayText autoroutePart { path } focus { markdown html } keyActivities { values } status { text } } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        var workgroups = body.Data("workgroup")!.AsArray();
        Assert.Equal(5, workgroups.Count);
        var gaps = workgroups.Single(w => w!["contentItemId"]!.GetValue<string>() == "stemstlworkgroup0000000003")!;
        Assert.Equal("workgroups/identifying-and-filling-gaps", gaps["autoroutePart"]!["path"]!.GetValue<string>());
        Assert.StartsWith("<p>", gaps["focus"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(gaps["keyActivities"]!["values"]!.AsArray());
    }

    [Theory]
    [InlineData("workgroups/connection-to-the-workforce")]
    [InlineData("/workgroups/connection-to-the-workforce")]
    public async Task ContentItemByPath_FindsTheItemAndItsTypeFields(string path)
    {
        using var client = factory.CreateClient();

        var (_, body) = await client.GraphQLAsync("""query ($path: String!) { contentItemByPath(path: $path) { contentType displayText ... on Workgroup { status { text } } } }""",
            new() { ["path"] = path });

        var item = body.Data("contentItemByPath")!;
        Assert.Equal("Workgroup", item["contentType"]!.GetValue<string>());
        Assert.Equal("Connection to the Workforce", item["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_RunsQueries_ButAMutationOverGetIs405WithAllowPost()
    {
        using var client = factory.CreateClient();

        var query = await client.GetAsync("/api/graphql?query=" + Uri.EscapeDataString("{ contentItem(contentItemId: \"stemstlworkgroup0000000001\") { displayText } }"), Ct);
        var mutation = await client.GetAsync("/api/graphql?query=" + Uri.EscapeDataString("mutation { anything }"), Ct);

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("Centralizing Communications", await query.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
    }

    [Fact]
    public async Task InvalidDocument_Is400UnderGraphQLResponseJson_And200UnderApplicationJson_WithLocatedCodedErrors()
    {
        using var client = factory.CreateClient();

        var (strict, strictBody) = await client.GraphQLAsync("{ workgroup { nope } }");
        var (legacy, legacyBody) = await client.GraphQLAsync("{ workgroup { nope } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType!.MediaType);
        var error = strictBody["errors"]![0]!;
        Assert.Contains("nope", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.NotNull(legacyBody["errors"]);
        Assert.Null(strictBody["data"]);
    }

    [Fact]
    public async Task FirstOverTheCap_IsAnErrorWithItsPathAndCode()
    {
        using var client = factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("{ workgroup(first: 5000) { displayText } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = body["errors"]![0]!;
        Assert.Equal("workgroup", error["path"]![0]!.GetValue<string>());
        Assert.Equal("PAGE_SIZE", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/plain", "{ workgroup { displayText } }", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "{\"query\": ", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"variables\": {}}", HttpStatusCode.BadRequest)]
    public async Task UnreadableRequests_GetProblemDetails(string contentType, string body, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/graphql", new StringContent(body, Encoding.UTF8, contentType), Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OversizedDocument_Is413_AndAnUnacceptableAcceptIs406()
    {
        using var client = factory.CreateClient();

        var (big, _) = await client.GraphQLAsync("{ workgroup { displayText } }" + new string(' ', 17 * 1024) + "#");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/graphql?query=%7Bworkgroup%7BdisplayText%7D%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var html = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, html.StatusCode);
    }
}
