using System.Collections.Concurrent;

namespace StemStl.Cms.Security;

/// <summary>The content permissions, global and per type, with Orchard Core's names.</summary>
public static class ContentPermissions
{
    public static readonly Permission ViewContent = new("ViewContent", "View all published content");
    public static readonly Permission ViewOwnContent = new("ViewOwnContent", "View own content", [ViewContent]);
    public static readonly Permission EditContent = new("EditContent", "Edit content of any type");
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content of any type", [EditContent]);
    public static readonly Permission PublishContent = new("PublishContent", "Publish or unpublish content of any type");
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish or unpublish own content", [PublishContent]);
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content of any type");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", [DeleteContent]);
    public static readonly Permission PreviewContent = new("PreviewContent", "Preview drafts of any type", [EditContent, PublishContent]);
    public static readonly Permission PreviewOwnContent = new("PreviewOwnContent", "Preview own drafts", [PreviewContent, EditOwnContent, PublishOwnContent]);
    public static readonly Permission CloneContent = new("CloneContent", "Clone content of any type", [EditContent]);
    public static readonly Permission CloneOwnContent = new("CloneOwnContent", "Clone own content", [CloneContent, EditOwnContent]);
    public static readonly Permission ListContent = new("ListContent", "List content items", [EditOwnContent]);

    /// <summary>Edit, and preview, items of a workgroup the user is a member or chair of (see <see cref="IWorkgroupScope"/>).</summary>
    public static readonly Permission EditWorkgroupContent = new("EditWorkgroupContent", "Edit the pages of one's own workgroups");

    /// <summary>Publish and unpublish items of a workgroup the user chairs.</summary>
    public static readonly Permission PublishWorkgroupContent = new("PublishWorkgroupContent", "Publish the pages of workgroups one chairs");

    /// <summary>The workgroup-scoped permissions, granted by role and narrowed by membership.</summary>
    public static IReadOnlyList<Permission> Workgroup { get; } = [EditWorkgroupContent, PublishWorkgroupContent];

    /// <summary>The global permissions, in the order the roles screen shows them.</summary>
    public static IReadOnlyList<Permission> All { get; } =
    [
        ViewContent, ViewOwnContent, EditContent, EditOwnContent, PublishContent, PublishOwnContent,
        DeleteContent, DeleteOwnContent, PreviewContent, PreviewOwnContent, CloneContent, CloneOwnContent, ListContent,
    ];

    private static readonly Dictionary<string, string> TypeTemplates = new()
    {
        [ViewContent.Name] = "View_{0}",
        [ViewOwnContent.Name] = "ViewOwn_{0}",
        [EditContent.Name] = "Edit_{0}",
        [EditOwnContent.Name] = "EditOwn_{0}",
        [PublishContent.Name] = "Publish_{0}",
        [PublishOwnContent.Name] = "PublishOwn_{0}",
        [DeleteContent.Name] = "Delete_{0}",
        [DeleteOwnContent.Name] = "DeleteOwn_{0}",
        [PreviewContent.Name] = "Preview_{0}",
        [PreviewOwnContent.Name] = "PreviewOwn_{0}",
        [CloneContent.Name] = "Clone_{0}",
        [CloneOwnContent.Name] = "CloneOwn_{0}",
    };

    private static readonly ConcurrentDictionary<(string, string), Permission> PerType = new();

    /// <summary>
    /// The per-type form of a global permission (<c>EditContent</c> + <c>Resource</c> → <c>Edit_Resource</c>).
    /// It is implied by the global permission and, for the "own" forms, by the type's non-own form.
    /// </summary>
    public static Permission ForType(Permission global, string contentType)
    {
        ArgumentNullException.ThrowIfNull(global);
        if (!TypeTemplates.TryGetValue(global.Name, out var template))
        {
            return global;
        }

        return PerType.GetOrAdd((global.Name, contentType), key =>
        {
            var implied = new List<Permission> { global };
            foreach (var parent in global.ImpliedBy ?? [])
            {
                implied.Add(ForType(parent, key.Item2));
            }

            return new Permission(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, key.Item2), $"{global.Description} ({key.Item2})", implied);
        });
    }

    /// <summary>Every per-type permission for <paramref name="contentType"/>.</summary>
    public static IEnumerable<Permission> ForType(string contentType) =>
        All.Where(p => TypeTemplates.ContainsKey(p.Name)).Select(p => ForType(p, contentType));
}
