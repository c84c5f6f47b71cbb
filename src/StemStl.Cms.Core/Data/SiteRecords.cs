namespace StemStl.Cms.Data;

/// <summary>A value only one item may hold in its scope (e.g. an Autoroute path); the primary key enforces it.</summary>
internal sealed class ContentUniqueValueRecord
{
    public string Scope { get; set; } = "";

    public string Value { get; set; } = "";

    public string ContentItemId { get; set; } = "";
}

/// <summary>A stored type or part definition as JSON.</summary>
internal sealed class ContentDefinitionRecord
{
    /// <summary><c>Type</c> or <c>Part</c>.</summary>
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string Document { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }
}

/// <summary>Whether a feature is on for the site.</summary>
internal sealed class FeatureStateRecord
{
    public string FeatureId { get; set; } = "";

    public bool Enabled { get; set; }

    public DateTime ChangedUtc { get; set; }
}

/// <summary>One named section of site settings.</summary>
internal sealed class SiteSettingsRecord
{
    public string Section { get; set; } = "";

    public string Document { get; set; } = "{}";
}

/// <summary>One audited change.</summary>
internal sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime Utc { get; set; }

    public string Category { get; set; } = "";

    public string Action { get; set; } = "";

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? ContentItemVersionId { get; set; }

    public string? ContentType { get; set; }

    public string? Details { get; set; }
}

/// <summary>An API token. Only a SHA-256 hash of the secret is kept; the secret is shown once at creation.</summary>
internal sealed class ApiTokenRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the whole token.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Space-separated scopes, e.g. <c>content:read content:preview content:write:Resource</c>.</summary>
    public string Scopes { get; set; } = "";

    /// <summary>The user who created it; tokens never carry more rights than their scopes.</summary>
    public string? CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>This token's own requests per minute; null means the site's default (<c>StemStl:RateLimits:TokenPerMinute</c>).</summary>
    public int? RateLimitPerMinute { get; set; }

    public DateTime? LastUsedUtc { get; set; }
}
