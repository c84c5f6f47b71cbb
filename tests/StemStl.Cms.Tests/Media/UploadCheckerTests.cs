using System.Text;
using StemStl.Cms.Media;

namespace StemStl.Cms.Tests.Media;

public sealed class UploadCheckerTests
{
    private static readonly UploadChecker Checker = new();

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static Task<UploadCheck> CheckAsync(string name, byte[] bytes, UploadRules? rules = null) =>
        Checker.CheckAsync(name, new MemoryStream(bytes), rules ?? UploadRules.Media, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Png_WithItsSignature_IsAcceptedAsImagePng()
    {
        var check = await CheckAsync("diagram.PNG", Png);

        Assert.True(check.Accepted);
        Assert.Equal("image/png", check.ContentType);
    }

    [Theory]
    [InlineData("invoice.pdf", "<html><script>alert(1)</script>")]
    [InlineData("photo.jpg", "GIF89a")]
    [InlineData("slides.pptx", "%PDF-1.7")]
    public async Task File_WhoseBytesDoNotMatchItsExtension_IsRefused(string name, string content)
    {
        var check = await CheckAsync(name, Encoding.ASCII.GetBytes(content));

        Assert.False(check.Accepted);
        Assert.Contains("does not look like", check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logo.svg")]
    [InlineData("page.html")]
    [InlineData("run.exe")]
    [InlineData("noextension")]
    public async Task Extension_OffTheAllowList_IsRefusedNamingWhatIsAccepted(string name)
    {
        var check = await CheckAsync(name, Png);

        Assert.False(check.Accepted);
        Assert.Contains(".png", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_OverTheSizeLimit_IsRefusedWithBothSizes()
    {
        var check = await CheckAsync("big.png", [.. Png, .. new byte[2048]], new UploadRules(1024, [".png"]));

        Assert.False(check.Accepted);
        Assert.Contains("the limit is", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_MustBeUtf8TextWithoutMarkupOrNulBytes()
    {
        Assert.True((await CheckAsync("resources.csv", Encoding.UTF8.GetBytes("title,grade\nRobots,K-2 — ünïcode\n"), UploadRules.Csv)).Accepted);
        Assert.False((await CheckAsync("resources.csv", [0x74, 0x00, 0x65], UploadRules.Csv)).Accepted);
        Assert.False((await CheckAsync("resources.csv", [0xC3, 0x28, 0x41], UploadRules.Csv)).Accepted);
        Assert.False((await CheckAsync("resources.csv", Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), UploadRules.Csv)).Accepted);
        Assert.False((await CheckAsync("empty.csv", [], UploadRules.Csv)).Accepted);
    }

    [Fact]
    public async Task Check_LeavesTheStreamAtTheStartForWhoeverStoresIt()
    {
        using var stream = new MemoryStream(Png);

        await Checker.CheckAsync("a.png", stream, UploadRules.Media, TestContext.Current.CancellationToken);

        Assert.Equal(0, stream.Position);
    }
}
