using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Hosting;

public sealed class HostEndpointsTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task Health_ReportsTheStoreAsHealthy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadObjectAsync();
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        Assert.Equal("Healthy", report["entries"]!["store"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_ListsTheContentEndpoints()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadObjectAsync();
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/content/{id}"), $"paths: {string.Join(", ", paths.Select(p => p.Key))}");
        Assert.True(paths.ContainsKey("/api/content"));
        Assert.True(paths.ContainsKey("/api/content/{id}/publish"));
        Assert.True(paths.ContainsKey("/api/tokens"));
        var text = document.ToJsonString();
        foreach (var operation in new[] { "GetContentItem", "CreateContentItem", "UpdateContentItem", "DeleteContentItem", "ListContentVersions" })
        {
            Assert.Contains($"\"{operation}\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownRoute_AnswersAProblemDetailsBody()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no/such/route", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.ReadObjectAsync())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task WrongMethod_AnswersA405ProblemDetailsBody()
    {
        using var client = factory.CreateClient();

        var response = await client.PutAsync("/api/content/anything", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownStatus_IsA400ProblemNamingTheAllowedValues()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/content/stemstlworkgroup0000000001?status=newest", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("published, latest, draft", (await response.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
