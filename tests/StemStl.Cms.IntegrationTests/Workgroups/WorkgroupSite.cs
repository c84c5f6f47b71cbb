using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The seeded workgroups and the calls the workgroup tests make against a <see cref="CmsFactory"/>.</summary>
internal static class WorkgroupSite
{
    public const string Communications = "stemstlworkgroup0000000001";
    public const string Workforce = "stemstlworkgroup0000000002";
    public const string Gaps = "stemstlworkgroup0000000003";
    public const string Password = "Workgroup-Tests-2026";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new account in <paramref name="roles"/>, with a unique name; returns its user id and name.</summary>
    public static async Task<(string Id, string UserName)> CreateAccountAsync(this CmsFactory factory, string displayName, params string[] roles)
    {
        var userName = $"wg-{Guid.NewGuid():N}"[..20];
        await factory.CreateUserAsync(userName, Password, roles);
        var id = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.DisplayName = displayName;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            return user.Id;
        });
        return (id, userName);
    }

    public static Task<HttpClient> ClientOfAsync(this CmsFactory factory, string userName) => factory.SignedInClientAsync(userName, Password);

    /// <summary>A WorkgroupPage body for <paramref name="workgroupId"/>.</summary>
    public static JsonObject Page(string workgroupId, string title, int order) => new()
    {
        ["ContentType"] = "WorkgroupPage",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = $"What {title} is about." },
        ["WorkgroupPage"] = new JsonObject
        {
            ["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray(workgroupId) },
            ["Order"] = new JsonObject { ["Value"] = order },
        },
    };

    /// <summary>Creates and publishes a page as the admin; returns the stored item.</summary>
    public static async Task<JsonObject> CreatePageAsync(this CmsFactory factory, string workgroupId, string title, int order)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/content", Page(workgroupId, title, order));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadObjectAsync();
    }

    public static Task<HttpResponseMessage> PutMemberAsync(this HttpClient client, string workgroupId, string userId, string? role) =>
        client.PutAsJsonAsync($"/api/workgroups/{workgroupId}/members/{userId}", new JsonObject { ["role"] = role }, Ct);

    /// <summary>Adds <paramref name="userId"/> to the workgroup as the admin.</summary>
    public static async Task AddMemberAsync(this CmsFactory factory, string workgroupId, string userId, string role)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PutMemberAsync(workgroupId, userId, role);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A copy of an item with a new title, to send back as an edit.</summary>
    public static JsonObject Retitled(JsonObject item, string title)
    {
        var edit = (JsonObject)item.DeepClone();
        edit["TitlePart"] = new JsonObject { ["Title"] = title };
        return edit;
    }
}
