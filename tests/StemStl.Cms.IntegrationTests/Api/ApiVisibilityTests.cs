using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Api;

/// <summary>A type that is not API-visible stays private to signed-in editors and admin-scope tokens.</summary>
public sealed class ApiVisibilityTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PublishedInternalNoteAsync()
    {
        var defined = await factory.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ApplyAsync(new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("InternalNote", "Internal note", new ContentTypeSettings(), [new ContentTypePartDefinition("TitlePart", "TitlePart")])],
        }, Ct));
        Assert.True(defined.Succeeded, string.Join("; ", defined.Errors.Select(e => e.Message)));
        using var admin = await factory.AdminClientAsync();
        var created = await admin.PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "InternalNote",
            ["TitlePart"] = new JsonObject { ["Title"] = "Board minutes" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    [Fact]
    public async Task PublishedItemOfAPrivateType_IsNotFoundForAnonymousAndReadTokens_ButAdminTokensAndEditorsReadIt()
    {
        var id = await PublishedInternalNoteAsync();
        using var anonymous = factory.CreateClient();
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var previewer = factory.TokenClient(await factory.CreateTokenAsync("content:preview"));
        using var adminToken = factory.TokenClient(await factory.CreateTokenAsync("admin"));
        using var editor = await factory.AdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await previewer.GetAsync($"/api/content/{id}?status=latest", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminToken.GetAsync($"/api/content/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/api/content/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/content/stemstlworkgroup0000000001", Ct)).StatusCode);
    }
}
