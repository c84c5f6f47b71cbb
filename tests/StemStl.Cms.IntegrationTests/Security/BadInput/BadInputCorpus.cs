using System.Text;

namespace StemStl.Cms.IntegrationTests.Security.BadInput;

/// <summary>
/// Hostile and odd input every public endpoint must survive: refused with a 4xx that says what was wrong, or served
/// harmlessly, but never a 500 and never a change to what is stored.
/// </summary>
internal static class BadInputCorpus
{
    /// <summary>Strings aimed at SQL, templates, paths and markup, sent wherever a string goes: ids, paths, filters.</summary>
    public static readonly IReadOnlyList<string> Strings =
    [
        "' OR '1'='1",
        "'; DROP TABLE ContentItems; --",
        "\" OR 1=1 --",
        "1; SELECT * FROM AspNetUsers",
        "%' AND 1=0 UNION SELECT PasswordHash, NULL FROM AspNetUsers --",
        "\\'; --",
        "%",
        "_",
        "[",
        "*)(uid=*))(|(uid=*",
        "{{7*7}}",
        "${7*7}",
        "<script>alert(1)</script>",
        "javascript:alert(1)",
        "../../../../etc/passwd",
        "..%2f..%2fApp_Data%2fstemstl.db",
        "\u202Egnp.exe",
        "\u200B\u200D\uFEFF",
        "e" + string.Concat(Enumerable.Repeat("\u0301", 5_000)),
        "\U0001D54A\U0001D54B\U0001D53C\U0001D544",
        "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466",
        "nul\0byte",
        "\uFFFF\uFFFE",
        "",
        " ",
        new string('a', 100_000),
    ];

    /// <summary>
    /// The strings that fit in a URL. Kestrel itself refuses a request line over 8 KB (414) and a NUL in the path (400)
    /// before any of our code runs; <see cref="KestrelRefusals"/> checks those on their own.
    /// </summary>
    public static IEnumerable<string> InUrls => Strings.Where(s => !s.Contains('\0', StringComparison.Ordinal) && Uri.EscapeDataString(s).Length < 4_096);

    /// <summary>Paths the web server refuses at the protocol level, with the status it must answer.</summary>
    public static readonly IReadOnlyList<(string Path, int Status)> KestrelRefusals =
    [
        ("/api/content/" + new string('a', 100_000), 414),
        ("/api/content/nul%00byte", 400),
    ];

    /// <summary>Bodies that are not the JSON the endpoint expects, as raw text so nothing tidies them up on the way.</summary>
    public static readonly IReadOnlyList<string> MalformedJson =
    [
        "",
        "{",
        "[1, 2",
        "{\"a\": }",
        "{'single': 'quotes'}",
        "{\"trailing\": 1,}",
        "null",
        "42",
        "\"a string\"",
        "[]",
        "{\"ContentType\": {\"nested\": [1, {\"deeper\": null}]}}",
        "{\"ContentType\": \"Page\", \"TitlePart\": \"not an object\"}",
        "{\"ContentType\": \"Page\", \"TitlePart\": {\"Title\": 12}}",
        "{\"ContentType\": \"\\ud800\"}",
        "{\"userName\": \"\\udfff\", \"password\": 1}",
        string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)),
        string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000),
    ];

    /// <summary>Bytes that are not UTF-8 at all.</summary>
    public static readonly byte[] InvalidUtf8 = [(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'];

    /// <summary>A body larger than any endpoint accepts (the host's limit is 30 MB by default).</summary>
    public static string Oversized() => "{\"ContentType\":\"Page\",\"TitlePart\":{\"Title\":\"" + new string('x', 31 * 1024 * 1024) + "\"}}";

    /// <summary>A GraphQL document nested far deeper than the depth limit.</summary>
    public static string DeepGraphQL(int depth) =>
        "{ page { " + string.Concat(Enumerable.Repeat("contentItems { ", depth)) + "displayText" + new string('}', depth) + " } }";

    /// <summary>A GraphQL document of nothing but unbalanced braces.</summary>
    public static string UnbalancedGraphQL(int depth) => new StringBuilder().Append('{', depth).ToString();
}
