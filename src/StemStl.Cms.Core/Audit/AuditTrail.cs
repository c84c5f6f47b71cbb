using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Audit;

/// <summary>Adds audit rows to the scope's context, so they commit or roll back with the change they describe.</summary>
internal sealed class AuditTrail(CmsDbContext db, ICurrentUser user, TimeProvider clock) : IAuditTrail
{
    public void Record(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        db.AuditEvents.Add(new AuditEventRecord
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            Category = auditEvent.Category,
            Action = auditEvent.Action,
            UserId = user.UserId,
            UserName = user.Name,
            ContentItemId = auditEvent.ContentItemId,
            ContentItemVersionId = auditEvent.ContentItemVersionId,
            ContentType = auditEvent.ContentType,
            Details = auditEvent.Details?.ToJsonString(),
        });
    }
}
