using StemStl.Cms.Media;

namespace StemStl.Cms.Tests.Media;

public sealed class MediaPathsTests
{
    private const string Sha = "4d2d6e1e0123456789abcdef0123456789abcdef0123456789abcdef01234567";
    private static readonly DateTimeOffset November = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Family Flyer.png", "2026/11/family-flyer-4d2d6e1e.png")]
    [InlineData("../../etc/passwd.PDF", "2026/11/passwd-4d2d6e1e.pdf")]
    [InlineData("Çà et là — notes.docx", "2026/11/et-l-notes-4d2d6e1e.docx")]
    [InlineData("!!!.png", "2026/11/file-4d2d6e1e.png")]
    public void Create_MakesADatedSlugWithTheHash_WhateverTheUploadWasCalled(string name, string expected)
    {
        var path = MediaPaths.Create(November, Path.GetFileName(name), Sha);

        Assert.Equal(expected, path);
        Assert.True(MediaPaths.IsValid(path));
    }

    [Theory]
    [InlineData("../stemstl.db")]
    [InlineData("2026/11/../../stemstl.db")]
    [InlineData("2026/11/a-4d2d6e1e.png/../x.png")]
    [InlineData("/etc/passwd")]
    [InlineData("2026\\11\\a.png")]
    [InlineData("2026/11/Flyer-4d2d6e1e.png")]
    [InlineData("keys/key-1.xml")]
    [InlineData("")]
    public void IsValid_RefusesAnythingTheStoreWouldNotHaveMade(string path) => Assert.False(MediaPaths.IsValid(path));

    [Fact]
    public void OnDisk_KeepsTheFileUnderTheRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "media-root");

        Assert.Equal(Path.Combine(root, "2026", "11", "a-4d2d6e1e.png"), MediaPaths.OnDisk(root, "2026/11/a-4d2d6e1e.png"));
    }
}
