using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.Security.Preview;

/// <summary>
/// Reads the <c>X-Preview-Token</c> header and, when the token is valid, adds an identity carrying its scope to the
/// request's principal. The identity is not the primary one, so an anonymous caller stays anonymous for everything
/// else. A token that is expired or altered is refused with 401: a broken credential never quietly reads as nobody.
/// </summary>
internal sealed class PreviewTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IPreviewTokenService tokens)
    {
        var header = context.Request.Headers[PreviewTokenClaims.Header].ToString();
        if (header.Length > 0)
        {
            if (tokens.Read(header) is not { } scope)
            {
                context.Response.Headers.CacheControl = "no-store";
                await Results.Problem(
                    "The preview token has expired or is not valid; ask the editor for a new preview link.",
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Invalid preview token").ExecuteAsync(context);
                return;
            }

            var claim = scope.ContentItemId is { } id
                ? new Claim(PreviewTokenClaims.ItemClaimType, id)
                : new Claim(PreviewTokenClaims.TypeClaimType, scope.ContentType);
            context.User.AddIdentity(new ClaimsIdentity([claim], PreviewTokenClaims.AuthenticationType));
        }

        await next(context);
    }
}
