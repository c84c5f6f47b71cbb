using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Modules;

namespace StemStl.Cms.IntegrationTests.Infrastructure;

/// <summary>
/// Boots the real host, on Kestrel, on a fresh SQLite file in its own temp folder (one per test class through
/// <see cref="IClassFixture{TFixture}"/>); first run sets the site up from the real setup recipe.
/// </summary>
public sealed class CmsFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Integration-Tests-2026";

    private readonly bool _ownsFolder;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;

    public CmsFactory()
        : this(NewFolder(), ownsFolder: true)
    {
    }

    /// <summary>A host on the store in <paramref name="folder"/>; a second factory on the same folder is a restart.</summary>
    internal CmsFactory(string folder, bool ownsFolder, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development", Action<IServiceCollection>? services = null)
    {
        _environment = environment;
        _services = services;
        Folder = folder;
        _ownsFolder = ownsFolder;
        _settings = settings ?? new Dictionary<string, string?>();

        // A real Kestrel server on a free loopback port, not the in-memory TestServer: requests cross real sockets.
        UseKestrel(0);
    }

    public string Folder { get; }

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stemstl-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        builder.ConfigureServices(services =>
        {
            // Only requests that carry the probe header are counted, so this costs the other tests nothing.
            services.AddHttpContextAccessor();
            services.AddSingleton<SqlCommandCounter>();
            services.ConfigureDbContext<SqliteCmsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SqlCommandCounter>()));
        });
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }

        builder.ConfigureAppConfiguration(configuration =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["StemStl:Store:Provider"] = "Sqlite",
                ["StemStl:Store:ConnectionString"] = $"Data Source={Path.Combine(Folder, "stemstl.db")}",
                ["StemStl:Store:DataFolder"] = Folder,
                ["StemStl:Setup:AdminUserName"] = AdminUserName,
                ["StemStl:Setup:AdminPassword"] = AdminPassword,
                ["Serilog:MinimumLevel:Default"] = "Warning",

                // Test classes sign in many times from 127.0.0.1; RateLimitTests sets real limits.
                ["StemStl:RateLimits:SignInPerIpPerMinute"] = "100000",
                ["StemStl:RateLimits:SignInPerAccountPerMinute"] = "100000",
            };
            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
    }

    /// <summary>A client that reports redirects instead of following them.</summary>
    public HttpClient NoRedirectClient()
    {
        StartServer();
        return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
    }

    /// <summary>A client with the admin's sign-in cookie.</summary>
    public Task<HttpClient> AdminClientAsync() => SignedInClientAsync(AdminUserName, AdminPassword);

    public async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/signin", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Creates a token as the admin and returns its value.</summary>
    public async Task<string> CreateTokenAsync(params string[] scopes)
    {
        using var admin = await AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/tokens", new { name = $"test-{Guid.NewGuid():N}", scopes });
        Assert.True(response.IsSuccessStatusCode, $"token creation failed: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["token"]!.GetValue<string>();
    }

    public HttpClient TokenClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates an editor account directly in the store (the users API comes with the admin).</summary>
    public async Task CreateUserAsync(string userName, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = userName, Email = $"{userName}@example.test", EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded, $"could not add {userName} to {role}");
        }
    }

    /// <summary>Grants a permission to a role directly in the store.</summary>
    public async Task GrantAsync(string roleName, string permission)
    {
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CmsRole>>();
        var role = await roles.FindByNameAsync(roleName);
        if (role is null)
        {
            role = new CmsRole { Name = roleName };
            Assert.True((await roles.CreateAsync(role)).Succeeded);
        }

        Assert.True((await roles.AddClaimAsync(role, new Claim(Cms.Security.Permission.ClaimType, permission))).Succeeded);
    }

    /// <summary>Enables or disables one feature at run time, as an administrator would, and fails the test if refused.</summary>
    public Task SwitchFeatureAsync(string featureId, bool enable) => InScopeAsync(async services =>
    {
        var features = services.GetRequiredService<IFeatureManager>();
        var ct = TestContext.Current.CancellationToken;
        var result = enable ? await features.EnableAsync([featureId], ct) : await features.DisableAsync([featureId], ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result;
    });

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            DeleteFolder(Folder);
        }
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle can outlive the host for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
