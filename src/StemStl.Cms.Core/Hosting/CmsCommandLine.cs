using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Recipes;

namespace StemStl.Cms.Hosting;

/// <summary>Runs the host's command-line verbs (<c>recipe run &lt;file&gt;</c>) instead of the server.</summary>
public static class CmsCommandLine
{
    /// <summary>
    /// When <paramref name="args"/> is a command, brings the store up to date, runs it and returns its exit code;
    /// otherwise returns null and the caller starts the server.
    /// </summary>
    public static async Task<int?> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["recipe", ..])
        {
            return null;
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), CancellationToken.None);
        }

        return await RecipeCommand.TryRunAsync(args, app.Services);
    }
}
