using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace StemStl.Cms.Jobs;

/// <summary>
/// The jobs API: a job's state for its page to poll, the caller's jobs, a job's file, and cancelling a queued job.
/// A job the caller may not see answers 404, as if it did not exist.
/// </summary>
internal static class JobEndpoints
{
    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListJobs");
        group.MapGet("/{id}", GetAsync).WithName("GetJob");
        group.MapGet("/{id}/file", FileAsync).WithName("GetJobFile");
        group.MapPost("/{id}/cancel", CancelAsync).WithName("CancelJob");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<JobInfo>>> ListAsync(HttpContext http, bool? all, JobAccess access, IJobQueue queue, CancellationToken cancellationToken)
    {
        var owner = await access.OwnerFilterAsync(http.User, all == true, cancellationToken);
        return TypedResults.Ok(await queue.ListAsync(owner.Length == 0 ? null : owner, 100, cancellationToken));
    }

    private static async Task<Results<Ok<JobInfo>, ProblemHttpResult>> GetAsync(string id, HttpContext http, JobAccess access, IJobQueue queue, CancellationToken cancellationToken)
    {
        var job = await queue.GetAsync(id, cancellationToken);
        return job is not null && await access.CanSeeAsync(http.User, job, cancellationToken) ? TypedResults.Ok(job) : NotFound(id);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(string id, HttpContext http, JobAccess access, JobQueue queue, CancellationToken cancellationToken)
    {
        var job = await queue.GetAsync(id, cancellationToken);
        if (job is null || !await access.CanSeeAsync(http.User, job, cancellationToken))
        {
            return NotFound(id);
        }

        return await queue.GetFileAsync(id, cancellationToken) is { } file
            ? TypedResults.File(Encoding.UTF8.GetBytes(file.Content), "application/json", file.FileName)
            : TypedResults.Problem($"Job '{id}' left no file to download.", statusCode: StatusCodes.Status404NotFound, title: "No file");
    }

    private static async Task<Results<Ok<JobInfo>, ProblemHttpResult>> CancelAsync(string id, HttpContext http, JobAccess access, IJobQueue queue, CancellationToken cancellationToken)
    {
        var job = await queue.GetAsync(id, cancellationToken);
        if (job is null || !await access.CanSeeAsync(http.User, job, cancellationToken))
        {
            return NotFound(id);
        }

        return await queue.CancelAsync(id, cancellationToken)
            ? TypedResults.Ok((await queue.GetAsync(id, cancellationToken))!)
            : TypedResults.Problem($"Job '{id}' is {job.State.ToString().ToLowerInvariant()}; only a queued job can be cancelled.", statusCode: StatusCodes.Status409Conflict, title: "Not cancellable");
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"There is no job '{id}' you may see.", statusCode: StatusCodes.Status404NotFound, title: "Unknown job");
}
