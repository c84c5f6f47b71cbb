using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security.BadInput;

/// <summary>
/// The bad-input corpus against every public endpoint: SQL injection in ids, paths and filters, malformed and
/// oversized bodies, deeply nested GraphQL, huge variables and Unicode edge cases. Every answer must be a clear
/// refusal or a harmless success, never a 500, and the store must be byte-for-byte what it was.
/// </summary>
public sealed partial class BadInputTests(BadInputHost host) : IClassFixture<BadInputHost>
{
    private static readonly HttpMethod Get = HttpMethod.Get;
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly string[] ReadScope = ["content:read"];

    private static string Escape(string value) => value.Length == 0 ? "%20" : Uri.EscapeDataString(value);

    private async Task RunAsync(HttpClient client, Func<BadInputProbe, Task> send)
    {
        var before = await StoreFingerprint.TakeAsync(host.DatabaseFile);
        var probe = new BadInputProbe(client);

        await send(probe);

        Assert.True(probe.Failures.Count == 0, $"{probe.Failures.Count} of {probe.Sent} requests:{Environment.NewLine}{string.Join(Environment.NewLine, probe.Failures)}");
        Assert.Equal(before, await StoreFingerprint.TakeAsync(host.DatabaseFile));
    }

    [Fact]
    public async Task ContentReadsAndLifecycleCalls_WithHostileIds_AreRefusedCleanly_AndChangeNothing()
    {
        using var admin = await host.Cms.AdminClientAsync();
        await RunAsync(admin, async probe =>
        {
            foreach (var value in BadInputCorpus.InUrls)
            {
                var id = Escape(value);
                await probe.SendAsync(Get, $"/api/content/{id}");
                await probe.SendAsync(Get, $"/api/content/{host.PageId}?status={id}");
                await probe.SendAsync(Get, $"/api/content/{id}/versions");
                await probe.SendAsync(Post, $"/api/content/{id}/publish");
                await probe.SendAsync(Post, $"/api/content/{id}/unpublish");
                await probe.SendAsync(Post, $"/api/content/{id}/discard-draft");
                await probe.SendAsync(Post, $"/api/content/{host.PageId}/versions/{id}/restore");
                await probe.SendAsync(HttpMethod.Delete, $"/api/content/{id}");
            }

            foreach (var (path, status) in BadInputCorpus.KestrelRefusals)
            {
                var response = await admin.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.Equal(status, (int)response.StatusCode);
            }
        });
    }

    [Fact]
    public async Task ContentWrites_WithMalformedOrMistypedBodies_AreRefusedCleanly_AndChangeNothing()
    {
        using var admin = await host.Cms.AdminClientAsync();
        await RunAsync(admin, async probe =>
        {
            foreach (var body in BadInputCorpus.MalformedJson)
            {
                await probe.SendAsync(Post, "/api/content", body);
                await probe.SendAsync(Post, $"/api/content/{host.PageId}", body);
                await probe.SendAsync(Post, $"/api/content/{host.DraftId}?draft=true", body);
            }

            foreach (var value in BadInputCorpus.Strings)
            {
                await probe.SendAsync(Post, "/api/content", new JsonObject { ["ContentType"] = value, ["TitlePart"] = new JsonObject { ["Title"] = "x" } }.ToJsonString());
            }

            await probe.SendAsync(Post, "/api/content", new ByteArrayContent(BadInputCorpus.InvalidUtf8) { Headers = { ContentType = new("application/json") } });
            await probe.SendAsync(Post, "/api/content", "ContentType=Page", "application/x-www-form-urlencoded");
            await probe.SendAsync(Post, "/api/content", "<ContentItem/>", "application/xml");
            await probe.SendAsync(Post, "/api/content", BadInputCorpus.Oversized());
        });
    }

    [Fact]
    public async Task AccountTokenPreviewAndRecipeEndpoints_WithBadInput_AreRefusedCleanly_AndChangeNothing()
    {
        using var admin = await host.Cms.AdminClientAsync();
        using var anonymous = host.Cms.CreateClient();
        await RunAsync(admin, async probe =>
        {
            var outsider = new BadInputProbe(anonymous);
            foreach (var value in BadInputCorpus.Strings)
            {
                var inUrl = BadInputCorpus.InUrls.Contains(value);
                var id = Escape(value);
                await outsider.SendAsync(Post, "/api/account/signin", JsonSerializer.Serialize(new { userName = value, password = value }));
                await probe.SendAsync(Post, "/api/tokens", JsonSerializer.Serialize(new { name = "corpus", scopes = new[] { value } }));
                await probe.SendAsync(Post, "/api/tokens", JsonSerializer.Serialize(new { name = value, scopes = ReadScope, expiresUtc = value }));
                if (inUrl)
                {
                    await probe.SendAsync(HttpMethod.Delete, $"/api/tokens/{id}");
                    await probe.SendAsync(Post, $"/api/recipes/run?name={id}");
                }

                await probe.SendAsync(Post, "/api/preview-tokens", JsonSerializer.Serialize(new { contentItemId = value }));
                await probe.SendAsync(Post, "/api/preview-tokens", JsonSerializer.Serialize(new { contentType = value, minutes = -5 }));
                await probe.SendAsync(Post, "/api/account/change-password", JsonSerializer.Serialize(new { currentPassword = value, newPassword = value }));
                await probe.SendAsync(Post, "/api/recipes/run", AllOrNothingRecipe(value));
            }

            foreach (var body in BadInputCorpus.MalformedJson)
            {
                await outsider.SendAsync(Post, "/api/account/signin", body);
                await probe.SendAsync(Post, "/api/tokens", body);
                await probe.SendAsync(Post, "/api/preview-tokens", body);
                await probe.SendAsync(Post, "/api/recipes/validate", body);
                await probe.SendAsync(Post, "/api/recipes/run", body);
            }

            Assert.True(outsider.Failures.Count == 0, string.Join(Environment.NewLine, outsider.Failures));
        });
    }

    /// <summary>A recipe whose first item is fine and whose second is not: all or nothing, so nothing may be stored.</summary>
    private static string AllOrNothingRecipe(string contentType) => new JsonObject
    {
        ["name"] = "corpus",
        ["steps"] = new JsonArray(new JsonObject
        {
            ["name"] = "content",
            ["data"] = new JsonArray(Json.Page("Stored only if the whole recipe runs"), new JsonObject { ["ContentType"] = contentType }),
        }),
    }.ToJsonString();
}
