using System.Text.Json.Nodes;

namespace StemStl.Cms.Audit;

/// <summary>Records who did what to which version, in the same transaction as the change.</summary>
public interface IAuditTrail
{
    /// <summary>Adds an event; it is saved with the change it describes (or not at all).</summary>
    void Record(AuditEvent auditEvent);
}

/// <summary>One audited change. The trail fills in who and when.</summary>
/// <param name="Category">e.g. <c>Content</c>, <c>Definitions</c>, <c>Features</c>, <c>Security</c>.</param>
/// <param name="Action">e.g. <c>Created</c>, <c>Published</c>, <c>SignInFailed</c>.</param>
public sealed record AuditEvent(
    string Category,
    string Action,
    string? ContentItemId = null,
    string? ContentItemVersionId = null,
    string? ContentType = null,
    JsonObject? Details = null);
