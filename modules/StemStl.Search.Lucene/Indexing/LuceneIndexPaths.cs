using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>Where this node keeps its indexes: <see cref="LuceneOptions.IndexFolder"/>, else the store's data folder.</summary>
internal sealed class LuceneIndexPaths(IOptions<LuceneOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(
        options.Value.IndexFolder
            ?? Path.Combine(configuration["StemStl:Store:DataFolder"] ?? "App_Data", "Sites", "Default", "Lucene"),
        environment.ContentRootPath);
}
