using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Api;

namespace StemStl.Cms.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddCmsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "StemStl.Cms";
            document.Info.Version = "v1";
            document.Info.Description =
                "The StemStl.Cms content hub. Editors sign in with POST /api/account/signin (cookie); integrations send " +
                "Authorization: Bearer <token> with a token from POST /api/tokens, scoped content:read, content:preview, " +
                "content:write:<Type>, content:write:* or admin. Every error is an RFC 9457 ProblemDetails; validation errors " +
                "are keyed by field path. " + ContentItemJson.ShapeDescription;
            return Task.CompletedTask;
        }));
}
