using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Jobs;

public sealed class ExportRoundTripTests(CmsFactory source) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject GadgetRecipe() => JsonNode.Parse("""
        {
          "name": "gadgets",
          "steps": [
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Gadget", "DisplayName": "Gadget",
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Gadget", "Name": "Gadget" } ] } ],
              "ContentParts": [ { "Name": "Gadget", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Colour", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Colour" } } } ] } ] },
            { "name": "content", "data": [
              { "ContentItemId": "gadget1", "ContentType": "Gadget", "DisplayText": "Kite", "Published": true,
                "TitlePart": { "Title": "Kite" }, "Gadget": { "Colour": { "Text": "red" } } },
              { "ContentItemId": "gadget2", "ContentType": "Gadget", "DisplayText": "Boat", "Published": true,
                "TitlePart": { "Title": "Boat" }, "Gadget": { "Colour": { "Text": "blue" } } } ] }
          ]
        }
        """)!.AsObject();

    [Fact]
    public async Task ExportingTheSite_AndRunningItOnAFreshSite_GivesTheSameDefinitionsAndContent()
    {
        using var api = await source.AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/recipes/run", GadgetRecipe(), Ct)).StatusCode);
        var boat = (await api.GetFromJsonAsync<JsonObject>("/api/content/gadget2", Ct))!;
        boat["TitlePart"] = new JsonObject { ["Title"] = "Paper boat" };
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync("/api/content/gadget2?draft=true", boat)).StatusCode);

        using var browser = source.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        var started = await browser.SubmitAsync("/admin/recipes?handler=Export", new Dictionary<string, string> { ["Export.WholeSite"] = "true", ["Export.IncludeContent"] = "true" }, getUrl: "/admin/recipes");
        var id = JobsHttp.JobIdOf(started);
        var job = await browser.WaitForEndAsync(id);
        Assert.True(job["state"]!.GetValue<string>() == "Succeeded", job.ToJsonString());
        var jobPage = await browser.GetStringAsync($"/admin/jobs/{id}", Ct);
        Assert.Contains($"href=\"/api/jobs/{id}/file\"", jobPage, StringComparison.Ordinal);
        var file = await browser.GetAsync($"/api/jobs/{id}/file", Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var recipe = await file.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("PasswordHash", recipe, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret", recipe, StringComparison.OrdinalIgnoreCase);

        await using var target = new CmsFactory();
        using var targetApi = await target.AdminClientAsync();
        var run = await targetApi.PostAsync(new Uri("/api/recipes/run", UriKind.Relative), new StringContent(recipe, Encoding.UTF8, "application/json"), Ct);
        Assert.True(run.StatusCode == HttpStatusCode.OK, await run.Content.ReadAsStringAsync(Ct));

        Assert.Equal(await DefinitionsAsync(source), await DefinitionsAsync(target));
        var expected = await ContentAsync(source);
        Assert.Contains(expected, v => v.Contains("Paper boat", StringComparison.Ordinal));
        Assert.Equal(expected, await ContentAsync(target));
    }

    [Fact]
    public async Task TheExportFile_IsNotFoundForAnotherEditor()
    {
        await source.CreateUserAsync("export-editor", "Export-Editor-Pass-1!", "Editor");
        using var editor = await source.SignedInClientAsync("export-editor", "Export-Editor-Pass-1!");
        using var browser = source.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        var id = JobsHttp.JobIdOf(await browser.SubmitAsync(
            "/admin/recipes?handler=Export",
            [new("Export.WholeSite", "false"), new("Export.Types", "Page"), new("Export.IncludeContent", "false")],
            getUrl: "/admin/recipes"));
        Assert.Equal("Succeeded", (await browser.WaitForEndAsync(id))["state"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/jobs/{id}/file", Ct)).StatusCode);
        var exported = JsonNode.Parse(await browser.GetStringAsync($"/api/jobs/{id}/file", Ct))!;
        var types = exported["steps"]![1]!["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>());
        Assert.Equal(["Page"], types);
    }

    private static Task<string> DefinitionsAsync(CmsFactory site) => site.InScopeAsync(async services =>
    {
        var snapshot = await services.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct);
        return JsonSerializer.Serialize(new
        {
            Types = snapshot.Types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Value),
            Parts = snapshot.Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value),
        });
    });

    /// <summary>Every published and latest version: id, type, state, display text and parts.</summary>
    private static Task<List<string>> ContentAsync(CmsFactory site) => site.InScopeAsync(async services =>
    {
        var rows = await services.GetRequiredService<CmsDbContext>().ContentItems.AsNoTracking()
            .Where(r => r.Published || r.Latest)
            .Select(r => new { r.ContentItemId, r.ContentType, r.Published, r.Latest, r.DisplayText, r.Document })
            .ToListAsync(Ct);
        return rows
            .Select(r => $"{r.ContentItemId} {r.ContentType} published={r.Published} latest={r.Latest} {r.DisplayText} {Normal(r.Document)}")
            .Order(StringComparer.Ordinal)
            .ToList();
    });

    private static string Normal(string document) => JsonNode.Parse(document)!.ToJsonString();
}
