using System.Security.Claims;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Cms.Tests.Security;

public sealed class ContentAuthorizationServiceTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    private static ContentItem Item(string type, string? owner = "someone-else") => new() { ContentItemId = "item1", ContentType = type, Owner = owner };

    private Task<bool> CanAsync(ClaimsPrincipal user, Permission permission, ContentItem item) =>
        site.WithAuthorizationAsync(a => a.AuthorizeAsync(user, permission, item, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Administrator_HoldsEverything_WithoutAnyPermissionClaim()
    {
        var admin = SecuritySite.User("admin", [CmsRoles.Administrator]);

        Assert.True(await CanAsync(admin, ContentPermissions.DeleteContent, Item("Resource")));
        Assert.True(await site.WithAuthorizationAsync(a => a.AuthorizeAsync(admin, new Permission("SomethingNew", "added later"), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task GlobalPermission_ImpliesEveryPerTypeForm()
    {
        var editor = SecuritySite.User("editor", null, ContentPermissions.EditContent.Name);

        Assert.True(await CanAsync(editor, ContentPermissions.EditContent, Item("Resource")));
        Assert.True(await CanAsync(editor, ContentPermissions.EditContent, Item("Event")));
        Assert.False(await CanAsync(editor, ContentPermissions.DeleteContent, Item("Resource")));
    }

    [Fact]
    public async Task PerTypePermission_GrantsThatTypeOnly()
    {
        var resourceEditor = SecuritySite.User("resource-editor", null, "Edit_Resource");

        Assert.True(await CanAsync(resourceEditor, ContentPermissions.EditContent, Item("Resource")));
        Assert.False(await CanAsync(resourceEditor, ContentPermissions.EditContent, Item("Event")));
    }

    [Fact]
    public async Task ImpliedByChain_IsFollowedRecursively()
    {
        var publisher = SecuritySite.User("publisher", null, "Publish_Resource");

        // Preview_Resource is implied by Publish_Resource; PreviewOwn_Resource by Preview_Resource.
        Assert.True(await CanAsync(publisher, ContentPermissions.PreviewContent, Item("Resource")));
        Assert.True(await CanAsync(publisher, ContentPermissions.PreviewOwnContent, Item("Resource")));
        Assert.False(await CanAsync(publisher, ContentPermissions.PreviewContent, Item("Event")));
    }

    [Fact]
    public async Task OwnPermission_CountsOnlyForTheOwnersItems()
    {
        var author = SecuritySite.User("author-1", null, ContentPermissions.EditOwnContent.Name, "DeleteOwn_Resource");

        Assert.True(await CanAsync(author, ContentPermissions.EditContent, Item("Resource", owner: "author-1")));
        Assert.False(await CanAsync(author, ContentPermissions.EditContent, Item("Resource", owner: "author-2")));
        Assert.True(await CanAsync(author, ContentPermissions.DeleteContent, Item("Resource", owner: "author-1")));
        Assert.False(await CanAsync(author, ContentPermissions.DeleteContent, Item("Event", owner: "author-1")));
        Assert.False(await CanAsync(author, ContentPermissions.EditOwnContent, Item("Resource", owner: "author-2")));
    }

    [Fact]
    public async Task OwnPermission_DoesNotCountForATypeInGeneral()
    {
        var author = SecuritySite.User("author-1", null, ContentPermissions.EditOwnContent.Name);

        Assert.False(await site.WithAuthorizationAsync(a => a.AuthorizeAsync(author, ContentPermissions.EditContent, "Resource", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task NonSecurableType_ChecksTheGlobalFormOnly()
    {
        var perType = SecuritySite.User("per-type", null, "Edit_Note");
        var global = SecuritySite.User("global", null, ContentPermissions.EditContent.Name);

        Assert.False(await CanAsync(perType, ContentPermissions.EditContent, Item("Note")));
        Assert.True(await CanAsync(global, ContentPermissions.EditContent, Item("Note")));
    }

    [Fact]
    public async Task Anonymous_HoldsWhatTheAnonymousRoleHoldsInTheStore()
    {
        var anonymous = SecuritySite.Anonymous();
        Assert.False(await CanAsync(anonymous, ContentPermissions.ViewContent, Item("Event")));

        await site.GrantRoleAsync(CmsRoles.Anonymous, "View_Event");

        Assert.True(await CanAsync(anonymous, ContentPermissions.ViewContent, Item("Event")));
        Assert.False(await CanAsync(anonymous, ContentPermissions.ViewContent, Item("Resource")));
        Assert.False(await CanAsync(anonymous, ContentPermissions.PreviewContent, Item("Event")));
    }

    [Fact]
    public async Task AuthenticatedRole_AppliesToUsersButNotToTokens()
    {
        await site.GrantRoleAsync(CmsRoles.Authenticated, "Preview_Resource");

        Assert.True(await CanAsync(SecuritySite.User("member"), ContentPermissions.PreviewContent, Item("Resource")));
        Assert.False(await CanAsync(SecuritySite.Token([]), ContentPermissions.PreviewContent, Item("Resource")));
    }

    [Fact]
    public async Task Token_NeverHoldsMoreThanItsPermissionClaims_EvenWithARoleClaim()
    {
        var token = SecuritySite.Token([CmsRoles.Administrator], ContentPermissions.ViewContent.Name);

        Assert.True(await CanAsync(token, ContentPermissions.ViewContent, Item("Event")));
        Assert.False(await CanAsync(token, ContentPermissions.EditContent, Item("Resource")));
        Assert.False(await site.WithAuthorizationAsync(a => a.AuthorizeAsync(token, EnginePermissions.ManageRecipes, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task EnginePermission_IsGrantedByItsClaim()
    {
        var operatorUser = SecuritySite.User("operator", null, EnginePermissions.ManageFeatures.Name);

        Assert.True(await site.WithAuthorizationAsync(a => a.AuthorizeAsync(operatorUser, EnginePermissions.ManageFeatures, TestContext.Current.CancellationToken)));
        Assert.False(await site.WithAuthorizationAsync(a => a.AuthorizeAsync(operatorUser, EnginePermissions.ManageApiTokens, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Anonymous_ReadsOnlyApiVisibleTypes_WhateverTheAnonymousRoleHolds()
    {
        // Granting the hidden type outright (the fixture is shared, so Event is left to the test above).
        await site.GrantRoleAsync(CmsRoles.Anonymous, "View_Resource", "Preview_Resource");
        var anonymous = SecuritySite.Anonymous();

        Assert.False(await CanAsync(anonymous, ContentPermissions.ViewContent, Item("Resource")));
        Assert.False(await CanAsync(anonymous, ContentPermissions.PreviewContent, Item("Resource")));
        Assert.False(await site.WithAuthorizationAsync(a => a.AuthorizeAsync(anonymous, ContentPermissions.ViewContent, "Resource", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ReadToken_ReadsOnlyApiVisibleTypes_AndAnAdminScopeTokenReadsAll()
    {
        var read = SecuritySite.ScopedToken(["content:read"], ContentPermissions.ViewContent.Name);
        var admin = SecuritySite.ScopedToken(["admin"], ContentPermissions.ViewContent.Name);

        Assert.True(await CanAsync(read, ContentPermissions.ViewContent, Item("Event")));
        Assert.False(await CanAsync(read, ContentPermissions.ViewContent, Item("Resource")));
        Assert.True(await CanAsync(admin, ContentPermissions.ViewContent, Item("Resource")));
    }

    [Fact]
    public async Task WriteToken_ReadsBackTheTypeItWrites_ButNoOtherHiddenType()
    {
        var writer = SecuritySite.ScopedToken(["content:read", "content:write:Resource"], ContentPermissions.ViewContent.Name, "Edit_Resource");

        Assert.True(await CanAsync(writer, ContentPermissions.ViewContent, Item("Resource")));
        Assert.False(await CanAsync(writer, ContentPermissions.ViewContent, Item("Note")));
    }

    [Fact]
    public async Task SignedInUser_ReadsTypesThatAreNotApiVisible()
    {
        var editor = SecuritySite.User("editor", null, ContentPermissions.ViewContent.Name);

        Assert.True(await CanAsync(editor, ContentPermissions.ViewContent, Item("Resource")));
    }

    private static ContentItem WorkgroupPage(string workgroup)
    {
        var item = Item("Resource");
        item.Part("Workgroup")["Id"] = workgroup;
        return item;
    }

    [Fact]
    public async Task WorkgroupMember_EditsAndPreviewsOwnWorkgroupsItems_ButNotAnotherWorkgroupsNorPublishes()
    {
        site.Workgroups.Set("member-1", "wg-gaps", WorkgroupRole.Member);
        var member = SecuritySite.User("member-1", null, ContentPermissions.EditWorkgroupContent.Name);

        Assert.True(await CanAsync(member, ContentPermissions.EditContent, WorkgroupPage("wg-gaps")));
        Assert.True(await CanAsync(member, ContentPermissions.PreviewContent, WorkgroupPage("wg-gaps")));
        Assert.False(await CanAsync(member, ContentPermissions.EditContent, WorkgroupPage("wg-workforce")));
        Assert.False(await CanAsync(member, ContentPermissions.EditContent, Item("Resource")));
        Assert.False(await CanAsync(member, ContentPermissions.PublishContent, WorkgroupPage("wg-gaps")));
        Assert.False(await CanAsync(member, ContentPermissions.DeleteContent, WorkgroupPage("wg-gaps")));
    }

    [Fact]
    public async Task WorkgroupChair_PublishesOwnWorkgroupsItemsOnly()
    {
        site.Workgroups.Set("chair-1", "wg-comms", WorkgroupRole.Chair);
        site.Workgroups.Set("chair-1", "wg-rigor", WorkgroupRole.Member);
        var chair = SecuritySite.User("chair-1", null, ContentPermissions.EditWorkgroupContent.Name, ContentPermissions.PublishWorkgroupContent.Name);

        Assert.True(await CanAsync(chair, ContentPermissions.PublishContent, WorkgroupPage("wg-comms")));
        Assert.False(await CanAsync(chair, ContentPermissions.PublishContent, WorkgroupPage("wg-rigor")));
        Assert.True(await CanAsync(chair, ContentPermissions.EditContent, WorkgroupPage("wg-rigor")));
    }

    [Fact]
    public async Task WorkgroupMembership_WithoutTheScopedPermission_GrantsNothing_AndTokensNeverUseIt()
    {
        site.Workgroups.Set("plain-1", "wg-gaps", WorkgroupRole.Chair);
        site.Workgroups.Set("token-owner", "wg-gaps", WorkgroupRole.Chair);

        Assert.False(await CanAsync(SecuritySite.User("plain-1"), ContentPermissions.EditContent, WorkgroupPage("wg-gaps")));
        Assert.False(await CanAsync(SecuritySite.Token([], ContentPermissions.EditWorkgroupContent.Name), ContentPermissions.EditContent, WorkgroupPage("wg-gaps")));
    }
}
