using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Content.Definitions;

/// <summary>Reads the content definitions as the definitions editor and recipes see them: every type and part, with the snapshot hash.</summary>
internal static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/definitions", GetAsync)
            .WithName("GetContentDefinitions")
            .WithTags("Definitions")
            .WithSummary("Every content type and part definition, ordered by name, with the hash of the set.")
            .RequireAuthorization(CmsPolicies.ManageContentDefinitions);
        return endpoints;
    }

    private static async Task<Ok<DefinitionsResponse>> GetAsync(IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        return TypedResults.Ok(new DefinitionsResponse(
            [.. snapshot.Types.Values.OrderBy(t => t.Name, StringComparer.Ordinal)],
            [.. snapshot.Parts.Values.OrderBy(p => p.Name, StringComparer.Ordinal)],
            snapshot.Hash));
    }
}

/// <summary>The body of <c>GET /api/definitions</c>.</summary>
internal sealed record DefinitionsResponse(IReadOnlyList<ContentTypeDefinition> Types, IReadOnlyList<ContentPartDefinition> Parts, string Hash);
