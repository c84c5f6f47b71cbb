using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>CSV files and calls the resources tests make against a <see cref="CmsFactory"/> set up from the real setup recipe.</summary>
internal static class ResourceSite
{
    public const string Header = "key,title,summary,body,link,type,subjects,grade_bands,settings,cost,provider,workgroup,attachments,standards,published_date";
    public const string Password = "Resource-Tests-2026";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A valid row; named arguments replace one cell.</summary>
    public static string Row(
        string key, string title, string link = "https://example.org/lesson", string type = "Lesson plan", string subjects = "Science;Engineering",
        string grades = "6-8", string settings = "In school", string cost = "0", string provider = "STEMSTL", string workgroup = "",
        string attachments = "", string published = "2025-09-01") =>
        string.Join(',', new[] { key, title, "A short summary, for cards.", "Some **Markdown**.", link, type, subjects, grades, settings, cost, provider, workgroup, attachments, "MS-ETS1-1;MS-ETS1-2", published }
            .Select(cell => $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));

    public static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string csv, bool dryRun, bool publish = false) =>
        client.PostBytesAsync(Encoding.UTF8.GetBytes(csv), "text/csv", dryRun, publish);

    public static async Task<HttpResponseMessage> PostBytesAsync(this HttpClient client, byte[] body, string contentType, bool dryRun, bool publish = false)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(new Uri($"/api/resources/import?dryRun={dryRun}&publish={publish}", UriKind.Relative), content, Ct);
    }

    /// <summary>How many resources the store holds, drafts included.</summary>
    public static Task<int> CountAsync(this CmsFactory factory) => factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<IContentList>().QueryAsync(new ContentListQuery { ContentTypes = ["Resource"], Take = 1 })).TotalCount);

    public static Task<ContentItem?> LatestAsync(this CmsFactory factory, string contentItemId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest));

    /// <summary>A new account in <paramref name="roles"/>; returns a signed-in client.</summary>
    public static async Task<HttpClient> ClientInRolesAsync(this CmsFactory factory, params string[] roles)
    {
        var userName = $"rs-{Guid.NewGuid():N}"[..20];
        await factory.CreateUserAsync(userName, Password, roles);
        return await factory.SignedInClientAsync(userName, Password);
    }

    /// <summary>The (line, column) of each error of a 422 answer.</summary>
    public static async Task<IReadOnlyList<(int Line, string Column)>> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.ReadObjectAsync();
        return [.. body["errors"]!.AsArray().Select(e => (e!["line"]!.GetValue<int>(), e["column"]!.GetValue<string>()))];
    }
}
