using System.Net;
using System.Text.Json.Nodes;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>Whatever a caller types, the answer is results or a ProblemDetails saying what to fix, never a 500.</summary>
[Collection(nameof(SearchHost))]
public sealed class SearchBadInputTests(SearchHost host)
{
    private readonly HttpClient _anonymous = host.Factory.CreateClient();

    [Theory]
    [InlineData("index=Search&q=title%3A(", "q")]
    [InlineData("index=Search&q=%22unclosed", "q")]
    [InlineData("index=Search&q=robot%20AND", "q")]
    [InlineData("index=Search&q=*bots", "q")]
    [InlineData("index=Search&q=%5Bnot%20a%20range", "q")]
    [InlineData("index=Search&filter=nope:1", "filter")]
    [InlineData("index=Search&filter=justtext", "filter")]
    [InlineData("index=Search&filter=Lesson.Minutes:[ten TO 20]", "filter")]
    [InlineData("index=Search&filter=Lesson.Released:[yesterday TO *]", "filter")]
    [InlineData("index=Search&filter=Lesson.Place:near(95,0,10)", "filter")]
    [InlineData("index=Search&facets=Lesson.Minutes", "facets")]
    [InlineData("index=Search&sort=Lesson.Grade", "sort")]
    [InlineData("index=Search&first=0", "first")]
    [InlineData("index=Search&first=abc", "first")]
    [InlineData("index=Search&skip=-1", "skip")]
    [InlineData("q=robot", "index")]
    public async Task BadInput_Is400ProblemDetails_NamingTheParameter(string query, string parameter)
    {
        var response = await _anonymous.GetAsync(new Uri("/api/search?" + query, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(parameter, problem["parameter"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), body);
    }

    [Fact]
    public async Task UnknownIndex_Is404()
    {
        var response = await _anonymous.GetAsync(new Uri("/api/search?index=Nope&q=robot", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("robot%5C%3A")]
    [InlineData("%22robot%20kits%5C%22%22")]
    [InlineData("Lesson.Grade%3A%22K-5%22")]
    public async Task EscapedSpecialCharacters_AreSearchedAsText(string q)
    {
        var response = await _anonymous.GetAsync(new Uri("/api/search?index=Search&q=" + q, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
