using Microsoft.AspNetCore.Http;
using StemStl.Cms.Security;

namespace StemStl.Cms.Hosting;

/// <summary>
/// Refuses cookie-authenticated writes to <c>/api</c> that a browser marks as coming from another site. The editors'
/// cookie is SameSite=Lax already; this is the second line (OWASP's origin check). Requests without the cookie (a
/// front-end site's anonymous GraphQL POST) and bearer-token calls carry no ambient credential and pass; the admin's
/// forms have their own antiforgery tokens.
/// </summary>
internal sealed class CrossSiteRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !request.Cookies.ContainsKey(EditorCookie.Name)
            || !IsCrossSite(request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(
            "This request came from another site and carries the editors' cookie; the hub refuses it. Send it from the hub's own pages, or use an API token.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-site request refused").ExecuteAsync(context);
    }

    private static bool IsCrossSite(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
