using System.Security.Claims;
using StemStl.Cms.Security;

namespace StemStl.Cms.Jobs;

/// <summary>Who may see a job: the person who started it, and holders of <c>ManageJobs</c>. One check for the API and the pages.</summary>
internal sealed class JobAccess(IContentAuthorizationService authorization)
{
    public Task<bool> IsManagerAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        authorization.AuthorizeAsync(user, EnginePermissions.ManageJobs, cancellationToken);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, JobInfo job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(job);
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return (job.OwnerUserId is not null && string.Equals(job.OwnerUserId, userId, StringComparison.Ordinal))
            || await IsManagerAsync(user, cancellationToken);
    }

    /// <summary>The jobs list's filter: null (everyone's) for managers, else the user's own id.</summary>
    public async Task<string> OwnerFilterAsync(ClaimsPrincipal user, bool all, CancellationToken cancellationToken) =>
        all && await IsManagerAsync(user, cancellationToken) ? "" : user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "\0";
}
