using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Campaigns.Active;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Campaigns.Endpoints;

/// <summary>
/// <c>GET /api/campaigns/active?at=2027-04-14T15:00:00Z&amp;status=published|latest</c>: the campaigns running at an
/// instant (now when <c>at</c> is left out), in Orchard Core's flat JSON, soonest start first.
/// </summary>
internal static class ActiveCampaignEndpoints
{
    public static RouteHandlerBuilder MapActiveCampaignEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/campaigns/active", ListAsync)
            .WithTags("Campaigns")
            .WithName("ListActiveCampaigns")
            .WithSummary("Lists the campaigns running at an instant that the caller may see.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireFeature(Manifest.Campaigns);

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ListAsync(
        string? at, string? status, ClaimsPrincipal user, ActiveCampaignsQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        DateTimeOffset instant;
        if (string.IsNullOrWhiteSpace(at))
        {
            instant = clock.GetUtcNow();
        }
        else if (!IsoInstant.TryParse(at.Trim(), out instant, allowDate: true))
        {
            return BadRequest("Invalid instant", $"at '{at}' is not an ISO-8601 date and time; write it like 2027-04-14T15:00:00Z, or leave it out for now.", "at");
        }

        bool? includeDrafts = (status ?? "published").ToLowerInvariant() switch
        {
            "published" => false,
            "latest" => true,
            _ => null,
        };
        if (includeDrafts is null)
        {
            return BadRequest("Unknown status", $"status '{status}' is not one of published, latest.", "status");
        }

        var campaigns = await query.FindAsync(user, instant, includeDrafts.Value, cancellationToken);
        return TypedResults.Ok(new JsonObject
        {
            ["at"] = IsoInstant.Format(instant),
            ["items"] = new JsonArray([.. campaigns.Select(c => (JsonNode)c.ToFlatJson())]),
        });
    }

    private static ProblemHttpResult BadRequest(string title, string detail, string path) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: new Dictionary<string, object?> { ["path"] = path });
}
