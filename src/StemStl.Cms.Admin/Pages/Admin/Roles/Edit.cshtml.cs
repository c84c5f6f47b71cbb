using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Roles;

/// <summary>
/// One role's permissions: the engine's and modules' own, content permissions globally, and per content type.
/// Saving replaces the role's permission claims with the checked ones and is audited.
/// </summary>
[Authorize(Policy = CmsPolicies.ManageRoles)]
internal sealed class EditModel(
    RoleManager<CmsRole> roles,
    IEnumerable<IPermissionProvider> providers,
    IContentDefinitionManager definitions,
    IAuditTrail audit,
    CmsDbContext db) : PageModel
{
    private static readonly string[] Protected = [CmsRoles.Administrator, CmsRoles.Anonymous, CmsRoles.Authenticated];

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public CmsRole Role { get; private set; } = null!;

    public IReadOnlySet<string> Held { get; private set; } = new HashSet<string>();

    public IReadOnlyList<(string Group, IReadOnlyList<Permission> Permissions)> Groups { get; private set; } = [];

    public bool IsAdministrator => string.Equals(Role.Name, CmsRoles.Administrator, StringComparison.OrdinalIgnoreCase);

    public bool MayDelete => !Protected.Contains(Role.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var known = Groups.SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = Permissions.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(string.Empty, $"Unknown permission(s): {string.Join(", ", unknown)}. Nothing was changed.");
            return Page();
        }

        var wanted = Permissions.ToHashSet(StringComparer.Ordinal);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var claim in (await roles.GetClaimsAsync(Role)).Where(c => c.Type == Permission.ClaimType && !wanted.Contains(c.Value)))
        {
            await roles.RemoveClaimAsync(Role, claim);
        }

        foreach (var name in wanted.Where(p => !Held.Contains(p)))
        {
            await roles.AddClaimAsync(Role, new Claim(Permission.ClaimType, name));
        }

        audit.Record(new AuditEvent("Security", "RoleChanged", Details: new JsonObject
        {
            ["role"] = Role.Name,
            ["added"] = new JsonArray([.. wanted.Except(Held).Order(StringComparer.Ordinal).Select(p => (JsonNode)p)]),
            ["removed"] = new JsonArray([.. Held.Except(wanted).Order(StringComparer.Ordinal).Select(p => (JsonNode)p)]),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Notice = "Permissions saved; they apply to signed-in users on their next request.";
        return RedirectToPage(new { name = Name });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayDelete)
        {
            ModelState.AddModelError(string.Empty, $"{Role.Name} is built in and cannot be deleted.");
            return Page();
        }

        await roles.DeleteAsync(Role);
        audit.Record(new AuditEvent("Security", "RoleDeleted", Details: new JsonObject { ["role"] = Role.Name }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"Role {Role.Name} deleted.";
        return RedirectToPage("./Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(Name) is not { } role)
        {
            return false;
        }

        Role = role;
        Held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var groups = new List<(string, IReadOnlyList<Permission>)>
        {
            ("Site", [.. providers.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).Where(p => !ContentPermissions.All.Contains(p))]),
            ("Content, every type", ContentPermissions.All),
        };
        groups.AddRange(snapshot.Types.Values
            .Where(t => t.Settings.Securable)
            .OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(t => ($"{t.DisplayName} items", (IReadOnlyList<Permission>)[.. ContentPermissions.ForType(t.Name)])));
        Groups = groups;
        return true;
    }
}
