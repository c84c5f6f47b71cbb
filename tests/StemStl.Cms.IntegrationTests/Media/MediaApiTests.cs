using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Media.MediaUploads;

namespace StemStl.Cms.IntegrationTests.Media;

/// <summary>/api/media and /media/{path}: who may upload, what is refused, how files are named and served.</summary>
public sealed class MediaApiTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task Upload_WithTheMediaWriteScope_StoresTheFileUnderADatedPathTheUploaderDidNotChoose()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("media:write"));

        var response = await client.UploadAsync("../../Annual Report (final)!.png", Png("dated"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadObjectAsync();
        var path = body["path"]!.GetValue<string>();
        Assert.Matches(new Regex("^[0-9]{4}/[0-9]{2}/annual-report-final-[0-9a-f]{8}\\.png$"), path);
        Assert.Equal("Annual Report (final)!.png", body["originalName"]!.GetValue<string>());
        Assert.Equal("image/png", body["contentType"]!.GetValue<string>());
        Assert.Equal("/media/" + path, response.Headers.Location!.OriginalString);
        Assert.True(File.Exists(Path.Combine([factory.Folder, "media", .. path.Split('/')])));
    }

    [Fact]
    public async Task ServedImage_IsPublic_Typed_NotSniffed_Cacheable_AndShownInline()
    {
        using var uploader = factory.TokenClient(await factory.CreateTokenAsync("media:write"));
        var path = (await (await uploader.UploadAsync("logo.png", Png("served"))).ReadObjectAsync())["path"]!.GetValue<string>();
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(new Uri("/media/" + path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(Png("served"), await response.Content.ReadAsByteArrayAsync(Ct));

        using var again = new HttpRequestMessage(HttpMethod.Get, "/media/" + path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again, Ct)).StatusCode);
    }

    [Fact]
    public async Task ServedDocument_IsADownloadUnderItsOriginalName()
    {
        using var uploader = factory.TokenClient(await factory.CreateTokenAsync("media:write"));
        var path = (await (await uploader.UploadAsync("Lesson Plan.pdf", Pdf("download"))).ReadObjectAsync())["path"]!.GetValue<string>();

        var response = await factory.CreateClient().GetAsync(new Uri("/media/" + path, UriKind.Relative), Ct);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Lesson Plan.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
    }

    [Theory]
    [InlineData("page.html", "<html><script>alert(1)</script></html>", "not an accepted kind")]
    [InlineData("drawing.svg", "<svg onload='alert(1)'/>", "not an accepted kind")]
    [InlineData("photo.png", "<script>alert(1)</script>", "does not look like a .png")]
    public async Task Upload_OfAFileThatIsNotWhatItClaims_IsRefusedOnTheFileFieldAndStoresNothing(string name, string content, string expected)
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("media:write"));
        var before = (await (await client.GetAsync(new Uri("/api/media", UriKind.Relative), Ct)).ReadObjectAsync())["total"]!.GetValue<int>();

        var response = await client.UploadAsync(name, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.ReadObjectAsync())["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var after = (await (await client.GetAsync(new Uri("/api/media", UriKind.Relative), Ct)).ReadObjectAsync())["total"]!.GetValue<int>();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task MediaApi_WithoutManageMedia_IsRefused()
    {
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.UploadAsync("a.png", Png("denied"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(new Uri("/api/media", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.UploadAsync("a.png", Png("denied"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/media", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task CookieUpload_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.UploadAsync("forged.png", Png("forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", (await response.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_FindsFilesByPartOfTheirOriginalName()
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("media:write"));
        await client.UploadAsync("Robotics Flyer.pdf", Pdf("robotics"));
        await client.UploadAsync("Garden Map.png", Png("garden"));

        var body = await (await client.GetAsync(new Uri("/api/media?search=ROBOTICS", UriKind.Relative), Ct)).ReadObjectAsync();

        var names = body["items"]!.AsArray().Select(i => i!["originalName"]!.GetValue<string>()).ToList();
        Assert.Equal(["Robotics Flyer.pdf"], names);
    }

    [Theory]
    [InlineData("../stemstl.db")]
    [InlineData("2026/11/..%2F..%2Fstemstl.db")]
    [InlineData("2026/11/UPPER-abcdef12.png")]
    [InlineData("keys/key.xml")]
    public async Task Paths_ThatAreNotLibraryPaths_AreNotFound(string path)
    {
        using var client = factory.TokenClient(await factory.CreateTokenAsync("media:write"));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/media/" + path, UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync(new Uri("/api/media/" + path, UriKind.Relative), Ct)).StatusCode);
        Assert.True(File.Exists(Path.Combine(factory.Folder, "stemstl.db")));
    }

    [Fact]
    public async Task Delete_WhilePublishedContentNamesTheFile_IsAConflict_AndWorksOnceItIsUnpublished()
    {
        using var media = factory.TokenClient(await factory.CreateTokenAsync("media:write"));
        var path = (await (await media.UploadAsync("Worksheet.pdf", Pdf("in-use"))).ReadObjectAsync())["path"]!.GetValue<string>();
        using var admin = await factory.AdminClientAsync();
        var csv = Resources.ResourceSite.Csv(Resources.ResourceSite.Row($"media-{Guid.NewGuid():N}", "Worksheet resource", attachments: path));
        Assert.True((await Resources.ResourceSite.ImportAsync(admin, csv, dryRun: false, publish: true)).IsSuccessStatusCode);

        var refused = await media.DeleteAsync(new Uri("/api/media/" + path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var user = (await refused.ReadObjectAsync())["referencedBy"]!.AsArray().Single()!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri("/media/" + path, UriKind.Relative), Ct)).StatusCode);

        Assert.True((await admin.PostAsync(new Uri($"/api/content/{user}/unpublish", UriKind.Relative), null, Ct)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await media.DeleteAsync(new Uri("/api/media/" + path, UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/media/" + path, UriKind.Relative), Ct)).StatusCode);
        Assert.False(File.Exists(Path.Combine([factory.Folder, "media", .. path.Split('/')])));
    }
}
