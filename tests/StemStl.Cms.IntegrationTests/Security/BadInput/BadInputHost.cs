using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security.BadInput;

/// <summary>
/// One host for the corpus, with the rate limits raised so that every bad request reaches the code behind the limiter
/// (the limiter's own 429s are tested in RateLimitTests), and a published page and a draft to aim at.
/// </summary>
public sealed class BadInputHost : IAsyncLifetime
{
    public CmsFactory Cms { get; } = new(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?>
    {
        ["StemStl:RateLimits:GraphQLPerMinute"] = "1000000",
        ["StemStl:RateLimits:TokenPerMinute"] = "1000000",
        ["StemStl:RateLimits:SearchPerMinute"] = "1000000",
    }, environment: "Production");

    public string PageId { get; private set; } = "";

    public string DraftId { get; private set; } = "";

    public string DatabaseFile => Path.Combine(Cms.Folder, "stemstl.db");

    public async ValueTask InitializeAsync()
    {
        using var admin = await Cms.AdminClientAsync();
        PageId = await CreateAsync(admin, "/api/content", "A page the corpus aims at");
        DraftId = await CreateAsync(admin, "/api/content?draft=true", "A draft the corpus aims at");
    }

    public ValueTask DisposeAsync() => Cms.DisposeAsync();

    private static async Task<string> CreateAsync(HttpClient admin, string url, string title)
    {
        var response = await admin.PostJsonAsync(url, Json.Page(title));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    /// <summary>A GraphQL request body with variables, as text.</summary>
    public static string GraphQLBody(string query, JsonObject? variables = null) =>
        new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString();
}
