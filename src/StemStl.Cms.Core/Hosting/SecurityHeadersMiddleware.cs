using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.Hosting;

/// <summary>
/// Sets the browser-hardening headers on every response: a strict Content-Security-Policy (own origin only, no
/// inline script or style, no framing), no MIME sniffing, and a referrer policy that keeps paths on this site.
/// An endpoint marked with <see cref="RelaxContentSecurityPolicyAttribute"/> gets that one addition, and only it.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The directive names of <see cref="ContentSecurityPolicy"/>, in order.</summary>
    public static readonly IReadOnlyList<string> Directives = [.. ContentSecurityPolicy.Split("; ").Select(d => d.Split(' ')[0])];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;

            // The endpoint is known by now: this callback runs when the response starts, after routing.
            headers.ContentSecurityPolicy = PolicyFor(context.GetEndpoint());
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    internal static string PolicyFor(Endpoint? endpoint)
    {
        var relaxations = endpoint?.Metadata.GetOrderedMetadata<RelaxContentSecurityPolicyAttribute>();
        if (relaxations is null || relaxations.Count == 0)
        {
            return ContentSecurityPolicy;
        }

        return string.Join("; ", ContentSecurityPolicy.Split("; ").Select(directive =>
        {
            var name = directive.Split(' ')[0];
            var added = relaxations.Where(r => r.Directive == name).Select(r => r.Source).Distinct(StringComparer.Ordinal);
            return string.Join(' ', [directive, .. added]);
        }));
    }
}
