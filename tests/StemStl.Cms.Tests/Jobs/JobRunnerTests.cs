using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Tests.Jobs;

public sealed class JobRunnerTests(JobRunnerFixture fixture) : IClassFixture<JobRunnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunNext_WithAQueuedJob_RunsItAndRecordsOutcomeProgressAndFile()
    {
        var job = await fixture.EnqueueAsync("test.echo", new JsonObject { ["rows"] = 3 });
        Assert.Equal(JobState.Queued, job.State);

        await fixture.DrainAsync();

        var done = await fixture.GetAsync(job.Id);
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal((3, 3), (done.Done, done.Total));
        Assert.Equal(3, JsonNode.Parse(done.Outcome!)!["echo"]!["rows"]!.GetValue<int>());
        Assert.Equal("echo.json", done.FileName);
        Assert.NotNull(done.StartedUtc);
        Assert.NotNull(done.FinishedUtc);
    }

    [Fact]
    public async Task RunNext_WhenTheHandlerThrows_FailsTheJobWithTheExceptionsMessage()
    {
        var job = await fixture.EnqueueAsync("test.fail");

        await fixture.DrainAsync();

        var failed = await fixture.GetAsync(job.Id);
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Equal("Row 7 has no title; add one and run the job again.", failed.Error);
    }

    [Fact]
    public async Task RunNext_ForAKindNoHandlerKnows_FailsSayingSo()
    {
        var job = await fixture.EnqueueAsync("test.nobody");

        await fixture.DrainAsync();

        var failed = await fixture.GetAsync(job.Id);
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Contains("No handler runs jobs of kind 'test.nobody'", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_WhenAnotherNodeClaimedFirst_IsRefused()
    {
        var job = await fixture.EnqueueAsync("test.echo");
        await fixture.WithDbAsync(async db =>
        {
            Assert.True(await fixture.Runner.TryClaimAsync(db, job.Id, Ct));
            Assert.False(await fixture.Runner.TryClaimAsync(db, job.Id, Ct));
        });

        Assert.Equal(JobState.Running, (await fixture.GetAsync(job.Id)).State);
        await fixture.WithDbAsync(db => db.Jobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(Ct));
    }

    [Fact]
    public async Task Progress_WhileTheHandlerRuns_IsWrittenForOthersToRead()
    {
        var gate = (JobGate)fixture.Services.GetService(typeof(JobGate))!;
        var job = await fixture.EnqueueAsync("test.gated");
        var running = fixture.DrainAsync();

        var seen = await fixture.WaitForAsync(job.Id, j => j.Done == 2);
        Assert.Equal(JobState.Running, seen.State);
        Assert.Equal((5, "halfway"), (seen.Total, seen.Message));

        gate.Release.SetResult();
        await running;
        Assert.Equal(JobState.Succeeded, (await fixture.GetAsync(job.Id)).State);
    }

    [Fact]
    public async Task Cancel_AQueuedJob_KeepsItFromRunning()
    {
        var job = await fixture.EnqueueAsync("test.echo");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IJobQueue>().CancelAsync(job.Id, Ct));
        }

        await fixture.DrainAsync();

        var cancelled = await fixture.GetAsync(job.Id);
        Assert.Equal(JobState.Cancelled, cancelled.State);
        Assert.Null(cancelled.StartedUtc);
    }
}
