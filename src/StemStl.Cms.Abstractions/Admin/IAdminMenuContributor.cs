using StemStl.Cms.Security;

namespace StemStl.Cms.Admin;

/// <summary>
/// Adds entries to the admin's navigation. Register it per feature with
/// <c>feature.Contribute&lt;IAdminMenuContributor, MyMenu&gt;()</c>: while the feature is off its entries disappear.
/// </summary>
/// <example>
/// <code>
/// internal sealed class CampaignMenu : IAdminMenuContributor
/// {
///     public IEnumerable&lt;AdminMenuEntry&gt; GetEntries() =>
///         [new AdminMenuEntry(AdminMenuSections.Content, "Campaign calendar", "/admin/campaigns/calendar", 20, ContentPermissions.ListContent)];
/// }
/// </code>
/// </example>
public interface IAdminMenuContributor
{
    /// <summary>The entries this contributor adds; the admin hides each one the user lacks the permission for.</summary>
    IEnumerable<AdminMenuEntry> GetEntries();
}

/// <summary>One link in the admin navigation.</summary>
/// <param name="Section">The group it appears under (see <see cref="AdminMenuSections"/>).</param>
/// <param name="Text">The link text.</param>
/// <param name="Url">An app-relative URL under <c>/admin</c>.</param>
/// <param name="Order">Position within the section, lowest first.</param>
/// <param name="Permission">Shown only to users who hold it; null shows it to every admin user.</param>
public sealed record AdminMenuEntry(string Section, string Text, string Url, int Order = 100, Permission? Permission = null);

/// <summary>The admin navigation's sections, in the order they appear.</summary>
public static class AdminMenuSections
{
    public const string Content = "Content";
    public const string Design = "Design";
    public const string Security = "Security";
    public const string Configuration = "Configuration";

    /// <summary>Every section, in display order; entries in an unknown section go last.</summary>
    public static IReadOnlyList<string> All { get; } = [Content, Design, Security, Configuration];
}

/// <summary>The admin navigation as the current user may see it.</summary>
public interface IAdminMenu
{
    /// <summary>Sections in display order, each with its entries, leaving out what the user may not open.</summary>
    Task<IReadOnlyList<AdminMenuSection>> GetVisibleAsync(CancellationToken cancellationToken = default);
}

/// <summary>A section of the admin navigation with the entries the user may open.</summary>
public sealed record AdminMenuSection(string Name, IReadOnlyList<AdminMenuEntry> Entries);
