using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Jobs;

/// <summary>Writes queued jobs to the store and wakes this node's runner.</summary>
internal sealed class JobQueue(CmsDbContext db, ICurrentUser user, TimeProvider clock, JobRunner runner) : IJobQueue
{
    public async Task<JobInfo> EnqueueAsync(string kind, string title, JsonNode? argument = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var now = clock.GetUtcNow();
        var record = new JobRecord
        {
            Id = IdGenerator.New(now),
            Kind = kind,
            Title = title.Length > 256 ? title[..256] : title,
            OwnerUserId = user.UserId,
            State = JobState.Queued,
            Argument = argument?.ToJsonString(),
            Message = "Waiting to start",
            CreatedUtc = now.UtcDateTime,
        };
        db.Jobs.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
        runner.Wake();
        return record.ToInfo();
    }

    public async Task<JobInfo?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken))?.ToInfo();

    public async Task<IReadOnlyList<JobInfo>> ListAsync(string? ownerUserId, int take = 50, CancellationToken cancellationToken = default)
    {
        var query = db.Jobs.AsNoTracking();
        if (ownerUserId is not null)
        {
            query = query.Where(j => j.OwnerUserId == ownerUserId);
        }

        // The file's text stays in the store: a list never needs it.
        var rows = await query
            .OrderByDescending(j => j.Id)
            .Take(Math.Clamp(take, 1, 500))
            .Select(j => new JobRecord
            {
                Id = j.Id, Kind = j.Kind, Title = j.Title, OwnerUserId = j.OwnerUserId, State = j.State, Done = j.Done, Total = j.Total,
                Message = j.Message, Outcome = j.Outcome, Error = j.Error, FileName = j.FileName,
                CreatedUtc = j.CreatedUtc, StartedUtc = j.StartedUtc, FinishedUtc = j.FinishedUtc,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToInfo())];
    }

    public async Task<bool> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Jobs
            .Where(j => j.Id == id && j.State == JobState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Cancelled).SetProperty(j => j.FinishedUtc, now).SetProperty(j => j.Message, "Cancelled before it started"), cancellationToken) == 1;
    }

    /// <summary>The file a job left, or null.</summary>
    public async Task<(string FileName, string Content)?> GetFileAsync(string id, CancellationToken cancellationToken)
    {
        var file = await db.Jobs.AsNoTracking().Where(j => j.Id == id && j.FileName != null).Select(j => new { j.FileName, j.FileContent }).SingleOrDefaultAsync(cancellationToken);
        return file is null ? null : (file.FileName!, file.FileContent ?? "");
    }
}
