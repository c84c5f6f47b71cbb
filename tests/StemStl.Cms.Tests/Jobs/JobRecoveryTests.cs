using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Tests.Jobs;

/// <summary>Stale-job recovery, pruning and disabled features; each test moves the fixture's own clock.</summary>
public sealed class JobRecoveryTests(JobRunnerFixture fixture) : IClassFixture<JobRunnerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecoverStale_AJobWhoseHeartbeatStoppedPastTheGrace_IsMarkedFailed()
    {
        var job = await fixture.EnqueueAsync("test.echo");
        await fixture.WithDbAsync(async db => Assert.True(await fixture.Runner.TryClaimAsync(db, job.Id, Ct)));

        fixture.Clock.Now += TimeSpan.FromSeconds(30);
        Assert.Equal(0, await fixture.Runner.RecoverStaleAsync(Ct));
        Assert.Equal(JobState.Running, (await fixture.GetAsync(job.Id)).State);

        fixture.Clock.Now += TimeSpan.FromSeconds(31);
        Assert.Equal(1, await fixture.Runner.RecoverStaleAsync(Ct));
        var failed = await fixture.GetAsync(job.Id);
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Equal(JobRunner.HostStopped, failed.Error);
    }

    [Fact]
    public async Task Prune_RemovesEndedJobsPastTheRetentionAndKeepsTheRest()
    {
        var old = await fixture.EnqueueAsync("test.echo");
        await fixture.DrainAsync();
        var waiting = await fixture.EnqueueAsync("test.echo");

        fixture.Clock.Now += TimeSpan.FromDays(31);
        var recent = await fixture.EnqueueAsync("test.echo");
        await fixture.WithDbAsync(db => db.Jobs.Where(j => j.Id == recent.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Succeeded), Ct));

        Assert.True(await fixture.Runner.PruneAsync(Ct) >= 1);

        await fixture.WithDbAsync(async db =>
        {
            var left = await db.Jobs.Select(j => j.Id).ToListAsync(Ct);
            Assert.DoesNotContain(old.Id, left);
            Assert.Contains(waiting.Id, left);
            Assert.Contains(recent.Id, left);
        });
        await fixture.DrainAsync();
    }

    [Fact]
    public async Task RunNext_WhenTheKindsFeatureIsOff_FailsSayingTheFeatureIsOff()
    {
        await fixture.SwitchAsync(enabled: false);
        try
        {
            var job = await fixture.EnqueueAsync("test.echo");
            await fixture.DrainAsync();

            var failed = await fixture.GetAsync(job.Id);
            Assert.Equal(JobState.Failed, failed.State);
            Assert.Contains($"The feature '{JobTestModule.FeatureId}' is off", failed.Error, StringComparison.Ordinal);
        }
        finally
        {
            await fixture.SwitchAsync(enabled: true);
        }
    }
}
