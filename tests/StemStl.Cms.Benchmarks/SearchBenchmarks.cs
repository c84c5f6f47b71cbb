using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StemStl.Cms.Content;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Cms.Benchmarks;

/// <summary>Indexing throughput: one full build of the index over every lesson (documents/s = Documents / Mean).</summary>
public class SearchIndexingBenchmarks
{
    private BenchmarkSite _site = null!;

    [ParamsSource(typeof(SearchBenchmarkSite), nameof(SearchBenchmarkSite.Sizes))]
    public int Documents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync() => _site = await SearchBenchmarkSite.CreateAsync(Documents);

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    /// <summary>Asks for a rebuild, so the measured pass builds a new copy from the store as a node does.</summary>
    [IterationSetup]
    public void RequestRebuild() => _site.InScopeAsync(async services =>
    {
        var settings = services.GetRequiredService<LuceneIndexSettings>();
        await settings.RequestAsync((await settings.FindAsync(SearchBenchmarkSite.Index, CancellationToken.None))!, rebuild: true, CancellationToken.None);
    }).GetAwaiter().GetResult();

    /// <summary>Reads every lesson from the store, builds its document through the contributors, writes and commits.</summary>
    [Benchmark]
    public Task BuildIndex() => SearchBenchmarkSite.IndexAsync(_site);
}

/// <summary>Query latency: two words, two filters and three facets over every lesson, as /api/search runs it.</summary>
[Config(typeof(PercentilesConfig))]
public class SearchQueryBenchmarks
{
    private static readonly string[] Filters = ["Lesson.Subject:science", "Lesson.Grade:middle"];
    private static readonly string[] Facets = ["Lesson.Subject,Lesson.Grade,Lesson.Format"];
    private BenchmarkSite _site = null!;

    [ParamsSource(typeof(SearchBenchmarkSite), nameof(SearchBenchmarkSite.Sizes))]
    public int Documents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await SearchBenchmarkSite.CreateAsync(Documents);
        await SearchBenchmarkSite.IndexAsync(_site);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    /// <summary>A new scope (as a request has), the query, per-hit checks, totals, three facets, highlights of the first page.</summary>
    [Benchmark]
    public Task<int> TwoWordsTwoFiltersThreeFacets() => _site.InScopeAsync(async services =>
        (await services.GetRequiredService<LuceneSearchService>().SearchAsync(
            SearchRequest.Create(SearchBenchmarkSite.Index, "robot lesson", Filters, Facets, null, null, null),
            SearchBenchmarkSite.Administrator,
            CancellationToken.None)).TotalCount);
}

/// <summary>
/// Publish to searchable: create and publish one lesson, then wait until the background indexer (woken by the publish,
/// as on a running node) has committed it, so the next query finds it.
/// </summary>
[Config(typeof(PercentilesConfig))]
public class SearchFreshnessBenchmarks
{
    private BenchmarkSite _site = null!;
    private LuceneIndexingService _indexer = null!;
    private int _next;

    [ParamsSource(typeof(SearchBenchmarkSite), nameof(SearchBenchmarkSite.Sizes))]
    public int Documents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await SearchBenchmarkSite.CreateAsync(Documents);
        await SearchBenchmarkSite.IndexAsync(_site);
        _next = Documents;
        _indexer = _site.Services.GetServices<IHostedService>().OfType<LuceneIndexingService>().Single();
        await _indexer.StartAsync(CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _indexer.StopAsync(CancellationToken.None);
        await _site.DisposeAsync();
    }

    [Benchmark]
    public async Task PublishToSearchable()
    {
        await SearchBenchmarkSite.CreateLessonAsync(_site, Interlocked.Increment(ref _next));
        var head = await _site.InScopeAsync(services => services.GetRequiredService<IContentChangeLog>().GetHeadIdAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _site.Services.GetRequiredService<LuceneIndexManager>().WaitForAsync(SearchBenchmarkSite.Index, head, timeout.Token);
    }
}

/// <summary>Adds the p50 and p99 columns the latency figures are recorded with.</summary>
internal sealed class PercentilesConfig : ManualConfig
{
    public PercentilesConfig() => AddColumn(StatisticColumn.P50, new P99Column());

    private sealed class P99Column : IColumn
    {
        public string Id => nameof(P99Column);

        public string ColumnName => "P99";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => "99th percentile of the measured iterations";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics?.Percentiles.Percentile(99) is { } nanoseconds
                ? TimeSpan.FromTicks((long)(nanoseconds / 100)).TotalMilliseconds.ToString("0.000 'ms'", System.Globalization.CultureInfo.InvariantCulture)
                : "NA";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
