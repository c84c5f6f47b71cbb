using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Resources.Importing;
using static StemStl.Cms.IntegrationTests.Resources.ResourceSite;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>POST /api/resources/import: dry runs report every error by line and column, a file is imported whole or not at all, keys update.</summary>
public sealed class ResourceImportTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task ADryRun_ReportsEveryRowsErrors_ByLineAndColumn_AndWritesNothing()
    {
        using var admin = await factory.AdminClientAsync();
        var before = await factory.CountAsync();
        var csv = Csv(
            Row("dry-1", "Wind turbines"),
            Row("dry-2", "Bridges", link: "ftp://example.org/bridges", grades: "6-8;7-9"),
            Row("dry-3", "", cost: "cheap", published: "09/01/2025"),
            Row("dry-1", "Wind turbines again", provider: "Nobody Inc", type: "Lesson plan;Video"));

        var response = await admin.ImportAsync(csv, dryRun: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            [(3, "link"), (3, "grade_bands"), (4, "title"), (4, "cost"), (4, "published_date"), (5, "key"), (5, "type"), (5, "provider")],
            await ErrorsAsync(response));
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task ACommit_OfAFileWithOneBadRow_WritesNoRowAtAll()
    {
        using var admin = await factory.AdminClientAsync();
        var before = await factory.CountAsync();
        var csv = Csv(Row("whole-1", "Solar ovens"), Row("whole-2", "Circuits", subjects: "Alchemy"), Row("whole-3", "Gears"));

        var response = await admin.ImportAsync(csv, dryRun: false, publish: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([(3, "subjects")], await ErrorsAsync(response));
        Assert.Equal(before, await factory.CountAsync());
        Assert.Null(await factory.LatestAsync(ImportRowMapper.IdFor("whole-1")));
    }

    [Fact]
    public async Task ARowTheStoreRefuses_IsReportedAtItsLineAndColumn_AndTheRowsBeforeItAreTakenBack()
    {
        using var admin = await factory.AdminClientAsync();
        var before = await factory.CountAsync();
        var csv = Csv(Row("store-1", "Pendulums"), Row("store-2", "Levers", link: "", attachments: "../secrets/levers.pdf"));

        var dry = await admin.ImportAsync(csv, dryRun: true);
        var commit = await admin.ImportAsync(csv, dryRun: false);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, dry.StatusCode);
        Assert.Equal([(3, "attachments")], await ErrorsAsync(dry));
        Assert.Equal([(3, "attachments")], await ErrorsAsync(commit));
        Assert.Equal(before, await factory.CountAsync());
        Assert.Null(await factory.LatestAsync(ImportRowMapper.IdFor("store-1")));
    }

    [Fact]
    public async Task ADryRun_OfAValidFile_SaysWhatItWouldDo_AndWritesNothing()
    {
        using var admin = await factory.AdminClientAsync();
        var before = await factory.CountAsync();

        var response = await admin.ImportAsync(Csv(Row("would-1", "Magnets"), Row("would-2", "Rockets", workgroup: "Connection to the Workforce")), dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.True(body["dryRun"]!.GetValue<bool>());
        Assert.Equal(2, body["created"]!.GetValue<int>());
        Assert.Equal([2, 3], body["items"]!.AsArray().Select(i => i!["line"]!.GetValue<int>()));
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task ReimportingTheSameKeys_UpdatesTheResources_InsteadOfAddingMore()
    {
        using var admin = await factory.AdminClientAsync();
        var before = await factory.CountAsync();

        var first = await admin.ImportAsync(Csv(Row("again-1", "Volcanoes"), Row("again-2", "Earthquakes")), dryRun: false);
        var second = await admin.ImportAsync(Csv(Row("again-1", "Volcanoes, revised", grades: "9-12"), Row("again-2", "Earthquakes")), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.ReadObjectAsync())["created"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var report = await second.ReadObjectAsync();
        Assert.Equal(0, report["created"]!.GetValue<int>());
        Assert.Equal(2, report["updated"]!.GetValue<int>());
        Assert.Equal(before + 2, await factory.CountAsync());
        var revised = (await factory.LatestAsync(ImportRowMapper.IdFor("again-1")))!;
        Assert.Equal("Volcanoes, revised", revised.DisplayText);
        Assert.Equal("gradeband-9-12", revised.Content["Resource"]!["GradeBands"]!["TermContentItemIds"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDraftOrPublishChoice_DecidesWhetherAnonymousReadersSeeTheResource()
    {
        using var admin = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();
        var id = ImportRowMapper.IdFor("choice-1");

        await admin.ImportAsync(Csv(Row("choice-1", "Weather stations")), dryRun: false, publish: false);
        var asDraft = await anonymous.GetAsync(new Uri($"/api/content/{id}", UriKind.Relative), Ct);
        await admin.ImportAsync(Csv(Row("choice-1", "Weather stations")), dryRun: false, publish: true);
        var published = await anonymous.GetAsync(new Uri($"/api/content/{id}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, asDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    [Fact]
    public async Task AMultipartUpload_IsReadLikeACsvBody()
    {
        using var admin = await factory.AdminClientAsync();
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csv(Row("form-1", "Owl pellets"))));
        form.Add(file, "file", "resources.csv");

        var response = await admin.PostAsync(new Uri("/api/resources/import?dryRun=true", UriKind.Relative), form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.ReadObjectAsync())["created"]!.GetValue<int>());
    }
}
