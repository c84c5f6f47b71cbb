using StemStl.Cms.Security;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.Endpoints;

/// <summary>The body of <c>PUT /api/workgroups/{id}/members/{userId}</c>.</summary>
/// <param name="Role"><c>member</c> or <c>chair</c>.</param>
internal sealed record PutMemberRequest(string? Role);

/// <summary>One person in a workgroup.</summary>
/// <param name="Role"><c>member</c> or <c>chair</c>.</param>
internal sealed record WorkgroupMemberResponse(string UserId, string UserName, string DisplayName, string Role)
{
    public static WorkgroupMemberResponse From(UserSummary user, WorkgroupRole role) =>
        new(user.UserId, user.UserName, user.DisplayName, MembershipAdmin.RoleName(role));
}
