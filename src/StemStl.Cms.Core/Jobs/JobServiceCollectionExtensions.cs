using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StemStl.Cms.Jobs;

/// <summary>Registers the job queue, its runner and the engine's own job handlers.</summary>
internal static class JobServiceCollectionExtensions
{
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<JobExecution>();
        services.TryAddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.TryAddScoped<JobQueue>();
        services.TryAddScoped<IJobQueue>(sp => sp.GetRequiredService<JobQueue>());
        services.TryAddScoped<JobAccess>();
        return services;
    }
}
