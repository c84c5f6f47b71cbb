using System.Security.Claims;

namespace StemStl.Cms.Security;

/// <summary>Who is acting: the signed-in user or token of the request, or the system for recipes and background work.</summary>
public interface ICurrentUser
{
    ClaimsPrincipal Principal { get; }

    /// <summary>The user id, or null for anonymous callers and the system.</summary>
    string? UserId { get; }

    /// <summary>A name for audit events: the user name, <c>token:&lt;name&gt;</c>, <c>system</c> or <c>anonymous</c>.</summary>
    string Name { get; }
}
