using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using StemStl.Cms.Data;
using StemStl.Cms.Hosting;

namespace StemStl.Cms.Security.OAuth;

/// <summary>
/// OAuth2 client credentials on OpenIddict: <c>/connect/token</c> issues reference access tokens (opaque strings
/// whose payload stays in the store), so deleting a client ends its tokens on the next request.
/// </summary>
internal static class OAuthServiceCollectionExtensions
{
    public const string TokenPath = "/connect/token";

    public static IServiceCollection AddCmsOAuth(this IServiceCollection services)
    {
        services.TryAddScoped<OAuthClientStore>();
        services.AddOptions<OAuthOptions>().BindConfiguration(OAuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<CmsDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenPath.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.UseReferenceAccessTokens();

                // Scopes are the API-token scopes, some per content type; each client's own permissions bound them.
                o.DisableScopeValidation();
                o.UseAspNetCore().EnableTokenEndpointPassthrough();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });

        services.AddOptions<OpenIddictServerOptions>().Configure<IServiceProvider>((options, sp) =>
        {
            var oauth = sp.GetRequiredService<IOptions<OAuthOptions>>().Value;
            options.AccessTokenLifetime = oauth.AccessTokenLifetime;
            var (signing, encryption) = OAuthKeys.LoadOrCreate(KeysFolder(sp), sp.GetRequiredService<IDataProtectionProvider>());
            options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        });
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IServiceProvider>((options, sp) =>
            options.DisableTransportSecurityRequirement = sp.GetRequiredService<IOptions<OAuthOptions>>().Value.AllowHttp
                || sp.GetRequiredService<IHostEnvironment>().IsDevelopment());
        return services;
    }

    private static string KeysFolder(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var root = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        return Path.Combine(Path.GetFullPath(Path.Combine(root, store.DataFolder)), "keys");
    }
}
