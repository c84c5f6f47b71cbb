using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Tests.Jobs;

/// <summary>A feature with job handlers the runner tests drive: one that echoes, one that throws, one that waits for the test.</summary>
public sealed class JobTestModule : CmsModule
{
    public const string FeatureId = "Test.Jobs";

    public override ModuleManifest Manifest { get; } = new(
        FeatureId, "Test jobs", "Job handlers for the runner's tests.", "Tests",
        [new FeatureManifest(FeatureId, "Test jobs", "Job handlers.")]);

    public override void Configure(ModuleBuilder builder)
    {
        builder.Services.AddSingleton<JobGate>();
        builder.Feature(FeatureId, f => f.AddJobHandler<EchoJob>().AddJobHandler<FailingJob>().AddJobHandler<GatedJob>());
    }
}

/// <summary>Lets a test hold <see cref="GatedJob"/> after it reported progress, and release it.</summary>
public sealed class JobGate
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class EchoJob : IJobHandler
{
    public string Kind => "test.echo";

    public Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        context.Progress.Report(3, 3, "echoed");
        context.Output.Attach("echo.json", context.Argument?.ToJsonString() ?? "null");
        return Task.FromResult<JsonNode?>(new JsonObject { ["echo"] = context.Argument?.DeepClone() });
    }
}

internal sealed class FailingJob : IJobHandler
{
    public string Kind => "test.fail";

    public Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Row 7 has no title; add one and run the job again.");
}

internal sealed class GatedJob(JobGate gate) : IJobHandler
{
    public string Kind => "test.gated";

    public async Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        context.Progress.Report(2, 5, "halfway");
        await gate.Release.Task.WaitAsync(cancellationToken);
        return null;
    }
}
