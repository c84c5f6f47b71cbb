namespace StemStl.Cms.Security;

/// <summary>Role names the engine gives a meaning to, as in Orchard Core.</summary>
public static class CmsRoles
{
    /// <summary>Holds every permission, present and future.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Its permissions apply to callers who are not signed in.</summary>
    public const string Anonymous = "Anonymous";

    /// <summary>Its permissions apply to every signed-in user (not to API tokens, which carry only their scopes).</summary>
    public const string Authenticated = "Authenticated";
}
