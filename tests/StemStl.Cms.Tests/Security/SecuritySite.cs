using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Hosting;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Tests.Security;

/// <summary>
/// The engine on a fresh SQLite file with three types: Resource and Event (securable) and Note (not securable),
/// plus helpers to build the principals the authorization service sees.
/// </summary>
public sealed class SecuritySite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stemstl-security-" + Guid.NewGuid().ToString("N"));

    internal ServiceProvider Services { get; private set; } = null!;

    /// <summary>Workgroup membership the tests set by hand: items name their workgroup in their Owner-free "Workgroup" part.</summary>
    public TestWorkgroups Workgroups { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["StemStl:Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "site.db")}" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCmsEngine(configuration, new ModuleCatalog([new EngineModule()]));
        services.AddSingleton(Workgroups);
        services.AddSingleton<IWorkgroupScope>(Workgroups);
        Services = services.BuildServiceProvider(validateScopes: true);

        await using var scope = Services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), CancellationToken.None);
        var result = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().ApplyAsync(new ContentDefinitionChange
        {
            Types =
            [
                new ContentTypeDefinition("Resource", "Resource", new ContentTypeSettings(), []),
                new ContentTypeDefinition("Event", "Event", new ContentTypeSettings(ApiVisible: true), []),
                new ContentTypeDefinition("Note", "Note", new ContentTypeSettings(Securable: false), []),
            ],
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A signed-in user with the given role names and permission claims.</summary>
    public static ClaimsPrincipal User(string id, string[]? roles = null, params string[] permissions) =>
        Principal(IdentityConstants.ApplicationScheme, id, roles ?? [], permissions, tokenId: null);

    /// <summary>A token principal; <paramref name="roles"/> lets a test try to smuggle a role claim in.</summary>
    public static ClaimsPrincipal Token(string[] roles, params string[] permissions) =>
        Principal(ApiTokenClaims.AuthenticationScheme, "token-owner", roles, permissions, tokenId: "t1");

    /// <summary>A token principal built as the token handler builds one: a claim per scope and per permission.</summary>
    public static ClaimsPrincipal ScopedToken(string[] scopes, params string[] permissions)
    {
        var principal = Token([], permissions);
        ((ClaimsIdentity)principal.Identity!).AddClaims(scopes.Select(s => new Claim(ApiTokenClaims.ScopeClaimType, s)));
        return principal;
    }

    public static ClaimsPrincipal Anonymous() => new(new ClaimsIdentity());

    public async Task GrantRoleAsync(string roleName, params string[] permissions)
    {
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CmsRole>>();
        var role = await roles.FindByNameAsync(roleName);
        if (role is null)
        {
            role = new CmsRole { Name = roleName };
            Assert.True((await roles.CreateAsync(role)).Succeeded);
        }

        foreach (var permission in permissions)
        {
            Assert.True((await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission))).Succeeded);
        }
    }

    public async Task<T> WithAuthorizationAsync<T>(Func<IContentAuthorizationService, Task<T>> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        await using var scope = Services.CreateAsyncScope();
        return await check(scope.ServiceProvider.GetRequiredService<IContentAuthorizationService>());
    }

    private static ClaimsPrincipal Principal(string scheme, string id, string[] roles, string[] permissions, string? tokenId)
    {
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, id));
        identity.AddClaim(new Claim(ClaimTypes.Name, id));
        identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        identity.AddClaims(permissions.Select(p => new Claim(Permission.ClaimType, p)));
        if (tokenId is not null)
        {
            identity.AddClaim(new Claim(ApiTokenClaims.TokenIdClaimType, tokenId));
        }

        return new ClaimsPrincipal(identity);
    }
}

/// <summary>A hand-filled <see cref="IWorkgroupScope"/>: an item's workgroup is its <c>Workgroup.Id</c> value.</summary>
public sealed class TestWorkgroups : IWorkgroupScope
{
    private readonly Dictionary<(string User, string Workgroup), WorkgroupRole> _members = [];

    public void Set(string userId, string workgroupId, WorkgroupRole role) => _members[(userId, workgroupId)] = role;

    public ValueTask<string?> GetWorkgroupIdAsync(Cms.Content.ContentItem item, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(item.TryGetPart("Workgroup")?["Id"]?.GetValue<string>());

    public ValueTask<WorkgroupRole> GetMembershipAsync(string userId, string workgroupId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_members.GetValueOrDefault((userId, workgroupId)));

    public ValueTask<IReadOnlyDictionary<string, WorkgroupRole>> GetWorkgroupsOfAsync(string userId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, WorkgroupRole>>(_members.Where(m => m.Key.User == userId).ToDictionary(m => m.Key.Workgroup, m => m.Value));
}
