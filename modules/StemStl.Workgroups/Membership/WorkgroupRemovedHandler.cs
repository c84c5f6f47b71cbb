using StemStl.Cms.Handlers;

namespace StemStl.Workgroups.Membership;

/// <summary>Drops a deleted workgroup's members and chairs in the same transaction, so a stale entry can never grant anything.</summary>
internal sealed class WorkgroupRemovedHandler(WorkgroupMembership membership) : IContentHandler
{
    public Task RemovedAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Item.ContentType == WorkgroupModel.WorkgroupType
            ? membership.RemoveWorkgroupAsync(context.Item.ContentItemId, context.CancellationToken)
            : Task.CompletedTask;
    }
}
