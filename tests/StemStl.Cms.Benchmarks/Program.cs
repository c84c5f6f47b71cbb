using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: no child build, so a run takes seconds rather than a minute (STACK.md). A job named on the command line
// (`--job Dry` for a smoke run) replaces the project's job and runs in-process too.
var jobFromCommandLine = args.Any(a => a is "--job" or "-j");
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!jobFromCommandLine)
{
    config = config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(8));
}
else if (!args.Contains("--inProcess"))
{
    args = [.. args, "--inProcess"];
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
