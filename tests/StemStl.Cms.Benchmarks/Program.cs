using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StemStl.Cms.Benchmarks;

if (args is ["seed-lessons", ..])
{
    // Makes (or finishes) the search benchmarks' seed store outside BenchmarkDotNet, whose in-process timeout counts
    // a global setup; the search benchmarks then start from it.
    foreach (var documents in SearchBenchmarkSite.Sizes)
    {
        await SearchBenchmarkSite.EnsureSeedAsync(documents);
        Console.WriteLine($"Seed store with {documents} lessons is ready.");
    }

    return;
}

// In-process: no child build, so a run takes seconds rather than a minute (STACK.md). A job named on the command line
// (`--job Dry` for a smoke run) replaces the project's job and runs in-process too.
var jobFromCommandLine = args.Any(a => a is "--job" or "-j");
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!jobFromCommandLine)
{
    // A long timeout: the first search run seeds 100,000 items in its global setup, which takes longer than the
    // in-process toolchain's default allows; later runs start from the saved seed.
    var toolchain = new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true);
    config = config.AddJob(Job.Default.WithToolchain(toolchain).WithWarmupCount(2).WithIterationCount(8));
}
else if (!args.Contains("--inProcess"))
{
    args = [.. args, "--inProcess"];
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
