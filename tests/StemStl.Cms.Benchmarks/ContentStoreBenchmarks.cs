using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;

namespace StemStl.Cms.Benchmarks;

/// <summary>Create-and-publish throughput and get-by-id latency on SQLite with 10,000 published items.</summary>
[MemoryDiagnoser]
public class ContentStoreBenchmarks
{
    private const int Seeded = 10_000;
    private BenchmarkSite _site = null!;
    private string[] _ids = [];
    private int _next;
    private int _created;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await BenchmarkSite.CreateAsync();
        _ids = new string[Seeded];
        for (var i = 0; i < Seeded; i++)
        {
            _ids[i] = await _site.CreateResourceAsync(i);
        }

        _created = Seeded;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    /// <summary>One validated, indexed, audited create-and-publish in its own scope and transaction.</summary>
    [Benchmark]
    public Task<string> CreateAndPublish() => _site.CreateResourceAsync(Interlocked.Increment(ref _created));

    /// <summary>Reads one published item by id in its own scope.</summary>
    [Benchmark]
    public async Task<ContentItem?> GetById()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var id = _ids[(_next = (_next + 7919) % Seeded)];
        return await manager.GetAsync(id, VersionOptions.Published);
    }
}
