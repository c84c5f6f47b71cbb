using System.Net;
using System.Text;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Resources.ResourceSite;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>Who may import, and files that cannot be imported at all: ProblemDetails, never a 500, and nothing written.</summary>
public sealed class ResourceImportRefusalTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static readonly string ValidCsv = Csv(Row("refusal-1", "Seed bombs"));

    [Fact]
    public async Task AnAnonymousCaller_Gets401()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.ImportAsync(ValidCsv, dryRun: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AContributor_WhoWritesResourcesButMayNotImport_Gets403_NamingThePermission()
    {
        using var contributor = await factory.ClientInRolesAsync("Contributor");
        var before = await factory.CountAsync();

        var response = await contributor.ImportAsync(ValidCsv, dryRun: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ImportResources", (await response.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task AnEditor_MayImport()
    {
        using var editor = await factory.ClientInRolesAsync("Editor");

        var response = await editor.ImportAsync(ValidCsv, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnImporterWhoMayNotPublish_MayImportDrafts_ButNotPublish()
    {
        await factory.GrantAsync("ResourceImporter", "ImportResources");
        await factory.GrantAsync("ResourceImporter", "Edit_Resource");
        using var importer = await factory.ClientInRolesAsync("ResourceImporter");

        var drafts = await importer.ImportAsync(ValidCsv, dryRun: true, publish: false);
        var publish = await importer.ImportAsync(ValidCsv, dryRun: true, publish: true);

        Assert.Equal(HttpStatusCode.OK, drafts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Contains("Publish_Resource", (await publish.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotCsv_Gets415()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostBytesAsync(Encoding.UTF8.GetBytes("""{"key": "x"}"""), "application/json", dryRun: true);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Not a CSV upload", (await response.ReadObjectAsync())["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFileWithoutARequiredColumn_Gets400_NamingTheColumn()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.ImportAsync("key,title,summary,type,subjects\nk,T,S,Video,Science\n", dryRun: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'grade_bands'", (await response.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpreadsheetFile_Gets400()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostBytesAsync([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], "text/csv", dryRun: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Not a CSV file", (await response.ReadObjectAsync())["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFileOverTheSizeLimit_Gets413_AndNothingIsWritten()
    {
        using var admin = await factory.AdminClientAsync();
        var before = await factory.CountAsync();
        var big = new StringBuilder(Header).Append('\n');
        for (var i = 0; big.Length <= 2 * 1024 * 1024; i++)
        {
            big.Append(Row($"big-{i}", $"Resource {i}")).Append('\n');
        }

        var response = await admin.ImportAsync(big.ToString(), dryRun: false);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await factory.CountAsync());
    }
}
