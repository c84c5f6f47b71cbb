using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>The Article type of tests/recipes/frontend-articles.recipe.json, and articles to query.</summary>
internal static class Articles
{
    public static readonly string[] Workgroups = [.. Enumerable.Range(1, 5).Select(i => $"stemstlworkgroup000000000{i}")];

    /// <summary>Runs the recipe through the recipes API, as an administrator would.</summary>
    public static async Task DefineAsync(CmsFactory factory)
    {
        using var admin = await factory.AdminClientAsync();
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "frontend-articles.recipe.json")));
        var response = await admin.PostAsJsonAsync("/api/recipes/run", recipe);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates <paramref name="count"/> articles, each pointing at a workgroup and at the two articles before it.</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(CmsFactory factory, int count, string prefix, bool draft = false, string? owner = null)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            // A scope per item, as a request would have: one long-lived context slows down as it tracks more.
            await factory.InScopeAsync(async services =>
            {
                var content = services.GetRequiredService<IContentManager>();
                var item = (await content.NewAsync("Article"))!;
                item.Owner = owner;
                item.Part("TitlePart")["Title"] = $"{prefix} {i:D3}";
                item.Part("AutoroutePart")["Path"] = $"articles/{prefix.ToLowerInvariant().Replace(' ', '-')}-{i:D3}";
                item.Part("MarkdownBodyPart")["Markdown"] = $"Article **{i}** of {prefix}.";
                item.Part("Article")["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Workgroups[i % Workgroups.Length]) };
                item.Part("Article")["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. ids.TakeLast(2).Select(id => (JsonNode)id)]) };
                item.Part("Article")["Rank"] = new JsonObject { ["Value"] = i };
                var result = await content.CreateAsync(item, draft);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
                ids.Add(item.ContentItemId);
                return true;
            });
        }

        return ids;
    }
}
