using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>Writes GraphQL responses with the HTTP caching headers they deserve, and 304 when the client already has them.</summary>
internal static class HttpCaching
{
    /// <summary>The headers a cached response varies by: a proxy must not hand one caller's answer to another.</summary>
    private static readonly string Vary = string.Join(", ", HeaderNames.Authorization, HeaderNames.Accept, HeaderNames.AcceptLanguage);

    /// <summary>A strong ETag: the same bytes always give the same tag, different bytes (almost surely) a different one.</summary>
    public static string ETagOf(ReadOnlySpan<byte> body) => "\"" + Convert.ToBase64String(SHA256.HashData(body)[..18]).Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>Sends a response that may be cached by <paramref name="identity"/>: 304 when If-None-Match already names it.</summary>
    public static Task WriteCacheableAsync(HttpContext http, CachedResponse response, CacheIdentity identity, TimeSpan maxAge)
    {
        var headers = http.Response.Headers;
        headers.ETag = response.ETag;
        headers.Vary = Vary;
        var seconds = ((long)maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers.CacheControl = identity.Public ? $"public, max-age={seconds}" : $"private, max-age={seconds}";
        if (response.Status == StatusCodes.Status200OK && response.ETag is not null && Matches(http.Request, response.ETag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return WriteAsync(http, response);
    }

    /// <summary>Sends a response that no cache may keep (mutations, previews, editors, errors).</summary>
    public static Task WriteUncacheableAsync(HttpContext http, CachedResponse response)
    {
        http.Response.Headers.CacheControl = "no-store";
        return WriteAsync(http, response);
    }

    private static async Task WriteAsync(HttpContext http, CachedResponse response)
    {
        http.Response.StatusCode = response.Status;
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x".</summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || string.Equals(t.Tag.Value, etag, StringComparison.Ordinal));
    }
}
