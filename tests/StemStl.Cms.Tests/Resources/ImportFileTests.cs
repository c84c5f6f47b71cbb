using System.Text;
using StemStl.Resources.Importing;

namespace StemStl.Cms.Tests.Resources;

/// <summary>Reading the CSV file: header rules, line numbers, and files that are not CSV at all.</summary>
public sealed class ImportFileTests
{
    private const string Header = "key,title,summary,type,subjects,grade_bands";

    private static IReadOnlyList<ImportRow> Read(string text, int maxRows = 100) => ImportFile.Read(Encoding.UTF8.GetBytes(text), maxRows);

    [Fact]
    public void Rows_CarryTheLineTheyStartOn_EvenAfterAQuotedLineBreakAndBlankLines()
    {
        var rows = Read($"{Header}\nk1,First,\"Two\nlines\",Activity,Science,6-8\n\nk2,Second,One line,Video,Mathematics,K-2\n");

        Assert.Equal([2, 5], rows.Select(r => r.Line));
        Assert.Equal("Two\nlines", rows[0].Values["summary"]);
        Assert.Equal("Second", rows[1].Get(ImportColumns.Title));
    }

    [Fact]
    public void Headers_AreMatchedWithoutCaseOrSpaces_AndAByteOrderMarkIsIgnored()
    {
        var rows = Read($"\uFEFF Key , TITLE,summary,type,subjects,grade_bands\nk1,First,S,Activity,Science,6-8");

        Assert.Equal("k1", Assert.Single(rows).Get(ImportColumns.Key));
    }

    [Fact]
    public void AMissingRequiredColumn_RefusesTheFile_NamingIt()
    {
        var refused = Assert.Throws<ImportFileException>(() => Read("key,title,summary,type,subjects\nk1,T,S,Activity,Science"));

        Assert.Equal(400, refused.Status);
        Assert.Contains("missing required column 'grade_bands'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownColumn_RefusesTheFile_WithTheLikelyName()
    {
        var refused = Assert.Throws<ImportFileException>(() => Read($"{Header},grade_band\n"));

        Assert.Contains("unknown column 'grade_band' (did you mean 'grade_bands'?)", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x6B, 0x65, 0x79, 0xFF, 0xFE, 0x2C }, "not UTF-8")]
    [InlineData(new byte[] { }, "empty")]
    public void AFileThatIsNotCsvText_IsRefused_SayingWhy(byte[] bytes, string reason)
    {
        var refused = Assert.Throws<ImportFileException>(() => ImportFile.Read(bytes, 100));

        Assert.Equal("Not a CSV file", refused.Title);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedQuote_IsRefusedAsNotValidCsv()
    {
        var refused = Assert.Throws<ImportFileException>(() => Read($"{Header}\nk1,\"Broken,S,Activity,Science,6-8\nk2,T,S,Activity,Science,6-8"));

        Assert.Equal(400, refused.Status);
    }

    [Fact]
    public void MoreRowsThanTheLimit_AreRefusedWith413()
    {
        var refused = Assert.Throws<ImportFileException>(() => Read($"{Header}\nk1,T,S,A,B,C\nk2,T,S,A,B,C\nk3,T,S,A,B,C", maxRows: 2));

        Assert.Equal(413, refused.Status);
    }

    [Fact]
    public void TheKey_AlwaysImportsToTheSameContentItemId_AValidOne()
    {
        var id = ImportRowMapper.IdFor("lesson-42");

        Assert.Equal(id, ImportRowMapper.IdFor(" lesson-42 "));
        Assert.NotEqual(id, ImportRowMapper.IdFor("lesson-43"));
        Assert.Equal(26, id.Length);
        Assert.All(id, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}
