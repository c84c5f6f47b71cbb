using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Workgroups.Paths;

/// <summary>
/// Puts a workgroup page under its workgroup's path: <c>workgroups/&lt;workgroup&gt;/&lt;page&gt;</c>. Attach it after
/// AutoroutePart: parts are normalised in the type's order, so the page's own slug is already there to prefix.
/// </summary>
internal sealed class WorkgroupPagePart : ContentPartKind
{
    public override string Name => "WorkgroupPagePart";

    public override string DisplayName => "Workgroup page path";

    public override string Description => "Prefixes the page's path with the path of the workgroup it belongs to.";

    public override async ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var route = context.Item.TryGetPart("AutoroutePart");
        if (ContentJson.Text(route, "Path") is not { Length: > 0 } path || WorkgroupModel.WorkgroupOfPage(context.Item) is not { } workgroupId)
        {
            return;
        }

        var workgroups = await context.Reader.GetManyAsync([workgroupId], VersionOptions.Latest, cancellationToken);
        if (ContentJson.Text((workgroups.Count > 0 ? workgroups[0] : null)?.TryGetPart("AutoroutePart"), "Path") is not { Length: > 0 } workgroupPath)
        {
            return;
        }

        // Autoroute regenerates the slug on every save, so the last segment is always the page's own.
        var slug = path[(path.LastIndexOf('/') + 1)..];
        route!["Path"] = $"{workgroupPath}/{slug}";
    }
}
