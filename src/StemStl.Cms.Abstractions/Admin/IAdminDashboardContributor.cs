using System.Security.Claims;
using StemStl.Cms.Content;

namespace StemStl.Cms.Admin;

/// <summary>
/// Adds panels to the admin dashboard for the signed-in user. Register it per feature with
/// <c>feature.Contribute&lt;IAdminDashboardContributor, MyPanels&gt;()</c>: while the feature is off its panels disappear.
/// A contributor shows only items the user may open; it asks <c>IContentAuthorizationService</c> as everything else does.
/// </summary>
public interface IAdminDashboardContributor
{
    /// <summary>The panels for <paramref name="user"/>; none when nothing concerns them.</summary>
    Task<IReadOnlyList<DashboardPanel>> GetPanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>One dashboard panel: a titled list of items, each linking to its editor with its state shown.</summary>
/// <param name="Title">The panel's heading.</param>
/// <param name="EmptyText">What the panel says when it lists nothing.</param>
/// <param name="Items">The items, already in the order to show and at most a handful.</param>
/// <param name="TotalCount">How many there are in all.</param>
/// <param name="MoreUrl">A page with all of them (or where to work on them), under <c>/admin</c>.</param>
/// <param name="MoreText">The text of that link.</param>
public sealed record DashboardPanel(string Title, string EmptyText, IReadOnlyList<ContentListEntry> Items, int TotalCount, string MoreUrl, string MoreText);
