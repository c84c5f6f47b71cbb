using Microsoft.Extensions.Options;
using StemStl.Cms.GraphQL;
using StemStl.Cms.GraphQL.Http;

namespace StemStl.Cms.Tests.GraphQL;

public sealed class ResponseCacheTests
{
    private static readonly CachedResponse Response = new([1, 2, 3], "application/json", 200, "\"tag\"");

    private static ResponseCache NewCache() => new(Options.Create(new GraphQLOptions()));

    [Fact]
    public void Invalidate_EvictsEveryStoredEntry()
    {
        using var cache = NewCache();
        var epoch = cache.Current();
        var key = ResponseCache.Key(epoch, "document", "anonymous");
        cache.Store(key, Response, epoch);
        Assert.Same(Response, cache.Find(key));

        cache.Invalidate();

        Assert.Null(cache.Find(key));
        Assert.Null(cache.Find(ResponseCache.Key(cache.Current(), "document", "anonymous")));
    }

    [Fact]
    public void AResponseStartedBeforeAnInvalidation_IsStoredWhereNoLaterReadLooks()
    {
        using var cache = NewCache();
        var before = cache.Current();

        cache.Invalidate();
        cache.Store(ResponseCache.Key(before, "document", "anonymous"), Response, before);

        Assert.Null(cache.Find(ResponseCache.Key(cache.Current(), "document", "anonymous")));
        Assert.Null(cache.Find(ResponseCache.Key(before, "document", "anonymous")));
    }

    [Fact]
    public void Key_DiffersWhenThePartsDiffer_EvenWhereTheirJoinedTextWouldNot()
    {
        using var cache = NewCache();
        var epoch = cache.Current();

        Assert.NotEqual(ResponseCache.Key(epoch, "a|b", "c"), ResponseCache.Key(epoch, "a", "b|c"));
        Assert.NotEqual(ResponseCache.Key(epoch, null, "x"), ResponseCache.Key(epoch, "", "x"));
        Assert.Equal(ResponseCache.Key(epoch, "a", "b"), ResponseCache.Key(epoch, "a", "b"));
    }
}
