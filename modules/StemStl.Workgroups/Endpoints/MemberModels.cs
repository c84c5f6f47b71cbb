using StemStl.Cms.Security;

namespace StemStl.Workgroups.Endpoints;

/// <summary>The body of <c>PUT /api/workgroups/{id}/members/{userId}</c>.</summary>
/// <param name="Role"><c>member</c> or <c>chair</c>.</param>
internal sealed record PutMemberRequest(string? Role);

/// <summary>One person in a workgroup.</summary>
/// <param name="Role"><c>member</c> or <c>chair</c>.</param>
internal sealed record WorkgroupMemberResponse(string UserId, string UserName, string DisplayName, string Role)
{
    public static WorkgroupMemberResponse From(UserSummary user, WorkgroupRole role) =>
        new(user.UserId, user.UserName, user.DisplayName, RoleName(role));

    public static string RoleName(WorkgroupRole role) => role == WorkgroupRole.Chair ? "chair" : "member";

    /// <summary>The role a request names, or null when it names none of the two.</summary>
    public static WorkgroupRole? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "member" => WorkgroupRole.Member,
        "chair" => WorkgroupRole.Chair,
        _ => null,
    };
}
