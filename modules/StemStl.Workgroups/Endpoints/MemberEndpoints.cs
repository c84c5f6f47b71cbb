using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
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
        string id, ClaimsPrincipal user, MembershipAdmin admin, CancellationToken cancellationToken)
    {
        if (Refusal(await admin.CheckAsync(user, id, cancellationToken), id) is { } refusal)
        {
            return refusal;
        }

        IReadOnlyList<WorkgroupMemberResponse> list = [.. (await admin.ListAsync(id, cancellationToken)).Select(m => WorkgroupMemberResponse.From(m.User, m.Role))];
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<WorkgroupMemberResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string id, string userId, PutMemberRequest? request, ClaimsPrincipal user, MembershipAdmin admin, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (Refusal(await admin.CheckAsync(user, id, cancellationToken), id) is { } refusal)
        {
            return refusal;
        }

        if (MembershipAdmin.ParseRole(request?.Role) is not { } role)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["role"] = [$"The role must be \"member\" or \"chair\", but it is {(request?.Role is null ? "missing" : $"\"{request.Role}\"")}."] },
                title: "The membership request is invalid.");
        }

        if ((await users.GetManyAsync([userId], cancellationToken)).GetValueOrDefault(userId) is not { } account)
        {
            return Problem(StatusCodes.Status404NotFound, "No such user", $"There is no user with id '{userId}'; use the id of an existing account.");
        }

        await admin.SetRoleAsync(id, userId, role, cancellationToken);
        return TypedResults.Ok(WorkgroupMemberResponse.From(account, role));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, string userId, ClaimsPrincipal user, MembershipAdmin admin, CancellationToken cancellationToken)
    {
        if (Refusal(await admin.CheckAsync(user, id, cancellationToken), id) is { } refusal)
        {
            return refusal;
        }

        return await admin.RemoveAsync(id, userId, cancellationToken)
            ? TypedResults.NoContent()
            : Problem(StatusCodes.Status404NotFound, "Not a member", $"User '{userId}' is neither a member nor a chair of workgroup '{id}'.");
    }

    private static ProblemHttpResult? Refusal(MembershipAccess access, string workgroupId) => access switch
    {
        MembershipAccess.NotSignedIn => Problem(StatusCodes.Status401Unauthorized, "Not signed in", "Sign in, or send an API token, to manage workgroup members."),
        MembershipAccess.Forbidden => Problem(
            StatusCodes.Status403Forbidden,
            "Forbidden",
            $"Managing workgroup members needs the '{WorkgroupPermissions.ManageWorkgroupMembers.Name}' permission, which you do not hold."),
        MembershipAccess.NoSuchWorkgroup => Problem(StatusCodes.Status404NotFound, "No such workgroup", $"There is no workgroup with id '{workgroupId}'."),
        _ => null,
    };

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
