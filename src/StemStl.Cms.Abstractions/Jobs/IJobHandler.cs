using System.Text.Json.Nodes;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Jobs;

/// <summary>
/// Runs the jobs of one kind. Register it with <see cref="JobFeatureBuilderExtensions.AddJobHandler{THandler}"/> so a
/// job of a disabled feature's kind does not run (it fails, saying the feature is off).
/// </summary>
public interface IJobHandler
{
    /// <summary>The kind name jobs are queued under, e.g. <c>resources.import</c>; unique across the host.</summary>
    string Kind { get; }

    /// <summary>
    /// Does the work and returns a JSON summary for the job's page (counts, errors, links), or null. A thrown
    /// exception fails the job with its message, so make that message say what was wrong and what to do.
    /// </summary>
    Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler gets: the job, its argument, where to report progress and where to leave a file.</summary>
/// <param name="JobId">The job's id.</param>
/// <param name="Argument">The JSON given when the job was queued, or null.</param>
/// <param name="OwnerUserId">Who queued it.</param>
/// <param name="Progress">Where to report how far it got.</param>
/// <param name="Output">Where to leave a file the job's page offers for download.</param>
public sealed record JobContext(string JobId, JsonNode? Argument, string? OwnerUserId, IJobProgress Progress, JobOutput Output);

/// <summary>A file a job produced (an export), stored with the job and downloadable by whoever may see the job.</summary>
public sealed class JobOutput
{
    /// <summary>The file's name as the browser saves it, or null when the job left no file.</summary>
    public string? FileName { get; private set; }

    /// <summary>The file's text.</summary>
    public string? Content { get; private set; }

    /// <summary>Leaves <paramref name="content"/> as the job's download, named <paramref name="fileName"/>; a second call replaces it.</summary>
    public void Attach(string fileName, string content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        FileName = fileName;
        Content = content;
    }
}

/// <summary>
/// Where a handler reports how far it got. Calls are cheap and never block: the runner keeps the latest values and
/// writes them to the store at most every half second or so.
/// </summary>
public interface IJobProgress
{
    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> units (0 total when unknown) and what it is doing.</summary>
    void Report(int done, int total, string? message = null);
}

/// <summary>Registers job handlers with a feature.</summary>
public static class JobFeatureBuilderExtensions
{
    /// <summary>Adds a handler whose jobs run only while the feature is on.</summary>
    public static FeatureBuilder AddJobHandler<THandler>(this FeatureBuilder feature)
        where THandler : class, IJobHandler
    {
        ArgumentNullException.ThrowIfNull(feature);
        return feature.Contribute<IJobHandler, THandler>();
    }
}
