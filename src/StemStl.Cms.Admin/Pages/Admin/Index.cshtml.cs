using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin;

/// <summary>The dashboard: the editor's own drafts, what is scheduled, and what changed lately, in the types they may list.</summary>
internal sealed class IndexModel(IContentList list, ListableTypes listable, ICurrentUser currentUser) : PageModel
{
    private const int PanelSize = 8;

    public ContentListPage MyDrafts { get; private set; } = Empty;

    public ContentListPage Scheduled { get; private set; } = Empty;

    public ContentListPage Recent { get; private set; } = Empty;

    public IReadOnlyDictionary<string, string> TypeNames { get; private set; } = new Dictionary<string, string>();

    private static ContentListPage Empty { get; } = new(0, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var types = await listable.ForAsync(User, cancellationToken);
        TypeNames = types.ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
        if (types.Count == 0)
        {
            return;
        }

        var mine = new ContentListQuery { ContentTypes = [.. TypeNames.Keys], Take = PanelSize };
        if (currentUser.UserId is { } userId)
        {
            MyDrafts = await list.QueryAsync(mine with { Owner = userId, Status = ContentListStatus.Draft }, cancellationToken);
        }

        Scheduled = await list.QueryAsync(mine with { Status = ContentListStatus.Scheduled }, cancellationToken);
        Recent = await list.QueryAsync(mine, cancellationToken);
    }
}
