using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Security.OAuth;
using StemStl.Cms.Security.Tokens;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Security;

/// <summary>Registers Identity, API tokens, authentication and content authorization.</summary>
internal static class SecurityServiceCollectionExtensions
{
    /// <summary>Picks the API-token scheme when a bearer header is present, else the editors' cookie.</summary>
    public const string DefaultScheme = "StemStl";

    public static IServiceCollection AddCmsSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<CurrentUser>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.TryAddScoped<IAuditTrail, AuditTrail>();
        services.TryAddScoped<ApiTokenStore>();
        services.TryAddScoped<EditorSignIn>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddScoped<ISiteSettings, SiteSettings>();
        services.TryAddScoped<IUserDirectory, UserDirectory>();

        services.TryAddScoped<RolePermissions>();
        services.TryAddScoped<IContentAuthorizationService, ContentAuthorizationService>();
        services.TryAddSingleton<IPreviewTokenService, Preview.PreviewTokenService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPermissionProvider, EnginePermissions>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, PermissionAuthorizationHandler>());

        services.AddIdentityCore<CmsUser>(ConfigureIdentity)
            .AddRoles<CmsRole>()
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Every cookie request rebuilds the editor's claims from the store: a role's new permissions apply at once, and a
        // changed security stamp (roles changed, password changed) ends every other session on the next request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.TryAddScoped<UserRoles>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = DefaultScheme;
                o.DefaultChallengeScheme = DefaultScheme;
                o.DefaultForbidScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenClaims.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, EditorCookie.Configure)

            // Identity signs out of these too when a security stamp is rejected; without them that sign-out throws.
            .AddCookie(IdentityConstants.ExternalScheme)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme)
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenClaims.AuthenticationScheme, "API token", null);

        services.AddCmsOAuth();
        services.AddAuthorization(options =>
        {
            foreach (var permission in EnginePermissions.All)
            {
                options.AddPolicy(permission.Name, policy => policy.AddRequirements(new PermissionRequirement(permission)));
            }
        });
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
