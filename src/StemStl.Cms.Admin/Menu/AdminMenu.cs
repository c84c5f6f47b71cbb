using Microsoft.AspNetCore.Http;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Menu;

/// <summary>Gathers the enabled features' menu entries and keeps those the current user holds the permission for.</summary>
internal sealed class AdminMenu(
    IEnabled<IAdminMenuContributor> contributors,
    IContentAuthorizationService authorization,
    IHttpContextAccessor http) : IAdminMenu
{
    public async Task<IReadOnlyList<AdminMenuSection>> GetVisibleAsync(CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var visible = new List<AdminMenuEntry>();
        foreach (var entry in contributors.SelectMany(c => c.GetEntries()))
        {
            if (entry.Permission is null || await authorization.AuthorizeAsync(user, entry.Permission, cancellationToken))
            {
                visible.Add(entry);
            }
        }

        return
        [
            .. visible
                .GroupBy(e => e.Section, StringComparer.Ordinal)
                .OrderBy(g => SectionOrder(g.Key))
                .Select(g => new AdminMenuSection(g.Key, [.. g.OrderBy(e => e.Order).ThenBy(e => e.Text, StringComparer.Ordinal)])),
        ];
    }

    private static int SectionOrder(string section)
    {
        var index = AdminMenuSections.All.ToList().IndexOf(section);
        return index < 0 ? int.MaxValue : index;
    }
}
