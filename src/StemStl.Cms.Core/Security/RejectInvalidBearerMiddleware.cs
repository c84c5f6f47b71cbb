using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Security;

/// <summary>
/// A request that presents a bearer token which fails (unknown, revoked, expired) is refused with 401 even on endpoints
/// that anonymous callers may use: a broken or revoked credential must never quietly act as anonymous.
/// </summary>
internal sealed class RejectInvalidBearerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var result = await context.AuthenticateAsync(ApiTokenClaims.AuthenticationScheme);
            if (result.Failure is not null)
            {
                await context.ChallengeAsync(ApiTokenClaims.AuthenticationScheme);
                return;
            }
        }

        await next(context);
    }
}
