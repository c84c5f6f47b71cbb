using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Handlers;

namespace StemStl.Cms.Reviews;

/// <summary>
/// Publishing or removing an item settles its review request, in the same transaction, whichever way it happened
/// (an approval, the editor's Publish button, the REST API, a schedule).
/// </summary>
internal sealed class ReviewClearingHandler(CmsDbContext db) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => ClearAsync(context);

    public Task RemovedAsync(ContentContext context) => ClearAsync(context);

    private async Task ClearAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = await db.ReviewRequests.SingleOrDefaultAsync(r => r.ContentItemId == context.Item.ContentItemId, context.CancellationToken);
        if (request is not null)
        {
            db.ReviewRequests.Remove(request);
        }
    }
}
