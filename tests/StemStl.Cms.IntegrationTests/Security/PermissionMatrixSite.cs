using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.Security;

/// <summary>One host for the whole matrix, with a signed-in client per role and helpers to arrange items server-side.</summary>
public sealed class PermissionMatrixSite : IAsyncLifetime
{
    public const string Password = "Matrix-Password-2026";

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userIds = new(StringComparer.Ordinal);

    public CmsFactory Cms { get; } = new();

    public string MyWorkgroup => "wg-mine-" + _run;

    public string OtherWorkgroup => "wg-other-" + _run;

    public async ValueTask InitializeAsync()
    {
        // Pages get a Related picker, so the GraphQL relation column has a relation to read through.
        var changed = await Cms.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var page = (await definitions.GetSnapshotAsync()).FindType("Page")!;
            return await definitions.ApplyAsync(new ContentDefinitionChange
            {
                Parts = [new ContentPartDefinition("Page", "Page", "The page's own fields.", [new ContentPartFieldDefinition("Related", "ContentPickerField", "Related", new JsonObject { ["Multiple"] = true })])],
                Types = [page with { Parts = [.. page.Parts, new ContentTypePartDefinition("Page", "Page", Position: 10)] }],
            });
        });
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        await PermissionMatrixSearch.DefineIndexesAsync(Cms);

        foreach (var role in new[] { "Editor", "Communications", "WorkgroupChair", "WorkgroupMember", "Contributor", "Authenticated" })
        {
            var userName = $"matrix-{role.ToLowerInvariant()}";
            await Cms.CreateUserAsync(userName, Password, role == "Authenticated" ? [] : [role]);
            _userIds[role] = await Cms.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id);
            TestWorkgroupModule.Members[(_userIds[role], MyWorkgroup)] = role == "WorkgroupChair" ? WorkgroupRole.Chair : WorkgroupRole.Member;
            _clients[role] = await Cms.SignedInClientAsync(userName, Password);
        }

        _userIds["Administrator"] = await Cms.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(CmsFactory.AdminUserName))!.Id);
        TestWorkgroupModule.Members[(_userIds["Administrator"], MyWorkgroup)] = WorkgroupRole.Member;
        _clients["Administrator"] = await Cms.AdminClientAsync();
        _clients["Anonymous"] = Cms.CreateClient();
    }

    public HttpClient Client(string role) => _clients[role];

    /// <summary>A Page owned as <paramref name="kind"/> says, published or a draft, placed in its workgroup; returns its id.</summary>
    public async Task<string> ArrangeAsync(string role, MatrixItem kind, bool published)
    {
        var id = NewId();
        Place(id, kind);
        var owner = kind == MatrixItem.Own ? _userIds[role] : _userIds["Administrator"];
        var item = new ContentItem { ContentItemId = id, ContentType = "Page", Owner = owner, Published = published };
        item.Part("TitlePart")["Title"] = "Matrix " + id;
        item.Part("MarkdownBodyPart")["Markdown"] = "Arranged by the permission matrix.";
        var result = await Cms.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().ImportAsync(item));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return id;
    }

    /// <summary>A published page, owned by the administrator in no workgroup, whose <c>Related</c> picker points at <paramref name="target"/>.</summary>
    public async Task<string> ArrangeRelatedAsync(string target)
    {
        var item = new ContentItem { ContentItemId = NewId(), ContentType = "Page", Owner = _userIds["Administrator"], Published = true };
        item.Part("TitlePart")["Title"] = "Points at " + target;
        item.Part("Page")["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(target) };
        var result = await Cms.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().ImportAsync(item));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return item.ContentItemId;
    }

    /// <summary>An unused item id, placed in the workgroup <paramref name="kind"/> names, for a create case.</summary>
    public string PlaceNew(MatrixItem kind)
    {
        var id = NewId();
        Place(id, kind);
        return id;
    }

    public Task<ContentItem?> LatestAsync(string id) =>
        Cms.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));

    public static JsonObject Edit(string title, string versionId) => new()
    {
        ["ContentItemVersionId"] = versionId,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Cms.DisposeAsync();
    }

    private void Place(string id, MatrixItem kind)
    {
        if (kind is MatrixItem.OwnWorkgroup or MatrixItem.OtherWorkgroup)
        {
            TestWorkgroupModule.ItemWorkgroups[id] = kind == MatrixItem.OwnWorkgroup ? MyWorkgroup : OtherWorkgroup;
        }
    }

    private static string NewId() => "mx" + Guid.NewGuid().ToString("N")[..24];
}
