using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Automatic persisted queries as Apollo clients use them: hash first, then hash and document, then hash alone.</summary>
public sealed class GraphQLPersistedQueryTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static JsonObject Extensions(string hash, int version = 1) =>
        new() { ["persistedQuery"] = new JsonObject { ["version"] = version, ["sha256Hash"] = hash } };

    private static string Code(string text) => GraphQLClient.Parse(text)["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Fact]
    public async Task UnknownHash_AsksForTheDocument_ThenHashAndDocumentRegisterIt_AndAGetByHashAloneRunsIt()
    {
        using var client = factory.CreateClient();
        var query = $"query Groups {{ workgroup(first: 3) {{ displayText }} }} # {Guid.NewGuid():N}";
        var hash = Sha256(query);
        var byHash = new Dictionary<string, string> { ["extensions"] = Extensions(hash).ToJsonString() };

        var (unknown, unknownText) = await client.GetGraphQLAsync(byHash);
        var (registered, registeredText) = await client.PostGraphQLAsync(new JsonObject { ["query"] = query, ["extensions"] = Extensions(hash) });
        var (known, knownText) = await client.GetGraphQLAsync(byHash);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(unknownText));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(3, GraphQLClient.Parse(registeredText).Data("workgroup")!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(registeredText, knownText);
    }

    [Fact]
    public async Task AHashThatIsNotTheDocuments_Is400_AndRegistersNothing()
    {
        using var client = factory.CreateClient();
        var query = $"{{ workgroup {{ displayText }} }} # {Guid.NewGuid():N}";
        var wrong = Sha256(query + " ");

        var (mismatch, mismatchText) = await client.PostGraphQLAsync(new JsonObject { ["query"] = query, ["extensions"] = Extensions(wrong) });
        var (after, afterText) = await client.PostGraphQLAsync(new JsonObject { ["extensions"] = Extensions(wrong) });

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Code(mismatchText));
        Assert.Contains(Sha256(query), mismatchText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(afterText));
    }

    [Theory]
    [InlineData(2, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "not-a-hash")]
    public async Task AMalformedPersistedQueryExtension_Is400WithItsShape(int version, string hash)
    {
        using var client = factory.CreateClient();

        var (response, text) = await client.PostGraphQLAsync(new JsonObject { ["extensions"] = Extensions(hash, version) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_INVALID", Code(text));
        Assert.Contains("\"version\": 1", GraphQLClient.Parse(text)["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersistedDocuments_MayBeLargerThanPlainOnes_UpTo64KB()
    {
        using var client = factory.CreateClient();
        var padded = "{ workgroup { displayText } } #" + new string('x', 20 * 1024);
        var huge = "{ workgroup { displayText } } #" + new string('x', 65 * 1024);

        var (plain, plainText) = await client.PostGraphQLAsync(new JsonObject { ["query"] = padded });
        var (persisted, persistedText) = await client.PostGraphQLAsync(new JsonObject { ["query"] = padded, ["extensions"] = Extensions(Sha256(padded)) });
        var (tooHuge, tooHugeText) = await client.PostGraphQLAsync(new JsonObject { ["query"] = huge, ["extensions"] = Extensions(Sha256(huge)) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, plain.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(plainText));
        Assert.Contains("16,384", plainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, persisted.StatusCode);
        Assert.Equal(5, GraphQLClient.Parse(persistedText).Data("workgroup")!.AsArray().Count);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooHuge.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(tooHugeText));
    }
}
