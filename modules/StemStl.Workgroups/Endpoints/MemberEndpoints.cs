using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Audit;
using StemStl.Cms.Content;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.Endpoints;

/// <summary>
/// <c>/api/workgroups/{id}/members</c>: list, add or change (PUT with a role), and remove the people of a workgroup.
/// Every call needs <see cref="WorkgroupPermissions.ManageWorkgroupMembers"/>.
/// </summary>
internal static class MemberEndpoints
{
    public static RouteGroupBuilder MapWorkgroupMemberEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workgroups/{id}/members")
            .WithTags("Workgroups")
            .RequireFeature(Manifest.Workgroups);
        group.MapGet("/", ListAsync).WithName("ListWorkgroupMembers")
            .WithSummary("Lists a workgroup's chairs and members.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{userId}", PutAsync).WithName("PutWorkgroupMember")
            .WithSummary("Adds a user to a workgroup as member or chair, or changes their role.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{userId}", DeleteAsync).WithName("DeleteWorkgroupMember")
            .WithSummary("Removes a user from a workgroup.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<WorkgroupMemberResponse>>, ProblemHttpResult>> ListAsync(
        string id, ClaimsPrincipal user, MemberServices services, CancellationToken cancellationToken)
    {
        if (await services.RefusalAsync(user, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var members = await services.Membership.GetMembersAsync(id, cancellationToken);
        var users = await services.Users.GetManyAsync(members.Keys, cancellationToken);

        // A deleted account keeps no place in the list; its stale entry grants nothing either, as no one can sign in as it.
        IReadOnlyList<WorkgroupMemberResponse> list = [.. members
            .Where(m => users.ContainsKey(m.Key))
            .Select(m => WorkgroupMemberResponse.From(users[m.Key], m.Value))
            .OrderByDescending(m => m.Role == "chair")
            .ThenBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase)];
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<WorkgroupMemberResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string id, string userId, PutMemberRequest? request, ClaimsPrincipal user, MemberServices services, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await services.RefusalAsync(user, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (WorkgroupMemberResponse.ParseRole(request?.Role) is not { } role)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["role"] = [$"The role must be \"member\" or \"chair\", but it is {(request?.Role is null ? "missing" : $"\"{request.Role}\"")}."] },
                title: "The membership request is invalid.");
        }

        if ((await services.Users.GetManyAsync([userId], cancellationToken)).GetValueOrDefault(userId) is not { } account)
        {
            return NotFound("No such user", $"There is no user with id '{userId}'; use the id of an existing account.");
        }

        var before = await services.Membership.GetRoleAsync(userId, id, cancellationToken);
        if (before != role)
        {
            audit.Record(Event(before == WorkgroupRole.None ? "MemberAdded" : "MemberRoleChanged", id, userId, role));
            await services.Membership.SetAsync(id, userId, role, cancellationToken);
        }

        return TypedResults.Ok(WorkgroupMemberResponse.From(account, role));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, string userId, ClaimsPrincipal user, MemberServices services, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (await services.RefusalAsync(user, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await services.Membership.GetRoleAsync(userId, id, cancellationToken) == WorkgroupRole.None)
        {
            return NotFound("Not a member", $"User '{userId}' is neither a member nor a chair of workgroup '{id}'.");
        }

        audit.Record(Event("MemberRemoved", id, userId, WorkgroupRole.None));
        await services.Membership.SetAsync(id, userId, WorkgroupRole.None, cancellationToken);
        return TypedResults.NoContent();
    }

    private static AuditEvent Event(string action, string workgroupId, string userId, WorkgroupRole role) =>
        new("Workgroups", action, workgroupId, ContentType: WorkgroupModel.WorkgroupType, Details: new JsonObject
        {
            ["userId"] = userId,
            ["role"] = role == WorkgroupRole.None ? null : WorkgroupMemberResponse.RoleName(role),
        });

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);
}

/// <summary>What every members endpoint needs, and the checks they share.</summary>
internal sealed class MemberServices(WorkgroupMembership membership, IUserDirectory users, IContentManager content, IContentAuthorizationService authorization)
{
    public WorkgroupMembership Membership => membership;

    public IUserDirectory Users => users;

    /// <summary>Why the caller may not manage <paramref name="workgroupId"/>'s members, or null when they may.</summary>
    public async Task<ProblemHttpResult?> RefusalAsync(ClaimsPrincipal user, string workgroupId, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Problem("Sign in, or send an API token, to manage workgroup members.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        if (!await authorization.AuthorizeAsync(user, WorkgroupPermissions.ManageWorkgroupMembers, cancellationToken))
        {
            return TypedResults.Problem(
                $"Managing workgroup members needs the '{WorkgroupPermissions.ManageWorkgroupMembers.Name}' permission, which you do not hold.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden");
        }

        var workgroup = await content.GetAsync(workgroupId, VersionOptions.Latest, cancellationToken);
        return workgroup?.ContentType == WorkgroupModel.WorkgroupType
            ? null
            : TypedResults.Problem($"There is no workgroup with id '{workgroupId}'.", statusCode: StatusCodes.Status404NotFound, title: "No such workgroup");
    }
}
