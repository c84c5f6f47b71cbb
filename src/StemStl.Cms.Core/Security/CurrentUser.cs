using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.Security;

/// <summary>
/// The caller of the current request; outside a request (recipes from the command line, background services)
/// the system, unless a scope has been told to act as someone with <see cref="ActAs"/>.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <summary>The name audit events carry for work the host does on its own.</summary>
    public const string SystemName = "system";

    private ClaimsPrincipal? _override;

    public ClaimsPrincipal Principal => _override ?? accessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name
    {
        get
        {
            if (_override is null && accessor.HttpContext is null)
            {
                return SystemName;
            }

            return Principal.Identity?.IsAuthenticated == true
                ? Principal.Identity.Name ?? Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown"
                : "anonymous";
        }
    }

    /// <summary>Makes this scope act as <paramref name="principal"/> (e.g. a recipe run by an admin over HTTP keeps the admin as author).</summary>
    public void ActAs(ClaimsPrincipal principal) => _override = principal;
}
