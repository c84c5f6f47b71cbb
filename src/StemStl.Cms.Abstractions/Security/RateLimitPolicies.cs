namespace StemStl.Cms.Security;

/// <summary>
/// Names of the host's rate-limiting policies, for endpoints to attach with <c>RequireRateLimiting(name)</c>. Each is
/// partitioned by API token when there is one, else by client IP, and answers 429 with <c>Retry-After</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>The GraphQL endpoint.</summary>
    public const string GraphQL = "graphql";

    /// <summary>Search endpoints.</summary>
    public const string Search = "search";
}
