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

if (args is ["loop-frontend", ..])
{
    // Runs the front-end query back to back for a while (on N concurrent workers) and prints executions per second: a
    // quick figure while working on the engine, and a steady process to attach a sampling profiler to. Not a figure of record.
    var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
    var workers = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
    var bench = new GraphQLFrontEndBenchmarks();
    await bench.SetupAsync();
    Console.WriteLine($"ready (pid {Environment.ProcessId})");
    for (var round = 0; round < 3; round++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var runs = 0;
            while (clock.Elapsed.TotalSeconds < seconds / 3)
            {
                await bench.FrontEndQueryKnownDocument();
                runs++;
            }

            return runs;
        })));
        var total = counts.Sum();
        Console.WriteLine($"{total / clock.Elapsed.TotalSeconds:F0} executions/s on {workers} workers ({clock.Elapsed.TotalMilliseconds * 1000 * workers / total:F0} µs each)");
    }

    await bench.CleanupAsync();
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
