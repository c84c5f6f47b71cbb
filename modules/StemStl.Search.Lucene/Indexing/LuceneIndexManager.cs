using System.Collections.Concurrent;
using System.Globalization;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// The indexes open on this node. Each index lives in <c>{Root}/{name}/{build}</c>; the file <c>{Root}/{name}/current</c>
/// names the build in use, so a rebuild fills a side folder while queries keep using the old one, and switching is one
/// atomic file move.
/// </summary>
internal sealed class LuceneIndexManager(LuceneIndexPaths paths) : IDisposable
{
    private const string PointerFile = "current";

    private readonly ConcurrentDictionary<string, LuceneIndexHandle> _open = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private TaskCompletionSource _advanced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LuceneIndexHandle? Find(string name) => _open.GetValueOrDefault(name);

    public IReadOnlyCollection<string> OpenNames => [.. _open.Keys];

    /// <summary>The build the pointer names, or null when there is none yet; throws when that build is damaged.</summary>
    public LuceneIndexHandle? OpenCurrent(LuceneIndexDefinition definition)
    {
        var pointer = Path.Combine(paths.Root, definition.Name, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var build = File.ReadAllText(pointer).Trim();
        var handle = LuceneIndexHandle.Open(Path.Combine(paths.Root, definition.Name, build), definition, create: false);
        _open[definition.Name] = handle;
        return handle;
    }

    /// <summary>An empty build in a new side folder, not yet in use.</summary>
    public LuceneIndexHandle CreateSide(LuceneIndexDefinition definition)
    {
        var build = $"{DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}";
        var folder = Path.Combine(paths.Root, definition.Name, build);
        Directory.CreateDirectory(folder);
        return LuceneIndexHandle.Open(folder, definition, create: true);
    }

    /// <summary>Puts <paramref name="handle"/> in use: the pointer moves first, then queries switch; the old build closes once its last query is done.</summary>
    public void Publish(string name, LuceneIndexHandle handle)
    {
        var folder = Path.Combine(paths.Root, name);
        var temporary = Path.Combine(folder, PointerFile + ".tmp");
        File.WriteAllText(temporary, Path.GetFileName(handle.Folder));
        File.Move(temporary, Path.Combine(folder, PointerFile), overwrite: true);
        var old = _open.GetValueOrDefault(name);
        _open[name] = handle;
        RemoveStaleBuilds(folder, handle.Folder, old?.Folder);
        old?.Retire(deleteFolder: old.Folder != handle.Folder);
        Advanced();
    }

    /// <summary>Stops serving an index whose definition was removed; its files stay.</summary>
    public void Close(string name)
    {
        if (_open.TryRemove(name, out var handle))
        {
            handle.Retire(deleteFolder: false);
        }
    }

    /// <summary>Forgets a damaged build so the next pass rebuilds it.</summary>
    public void Drop(string name) => Close(name);

    /// <summary>Tells waiters that some cursor moved.</summary>
    public void Advanced() => Interlocked.Exchange(ref _advanced, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes once the index <paramref name="name"/> on this node has applied change <paramref name="changeId"/>.</summary>
    public Task WaitForAsync(string name, long changeId, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => Find(name) is { } handle && handle.Cursor >= changeId, cancellationToken);

    /// <summary>Completes once <paramref name="condition"/> holds, checked each time a cursor moves or a build is swapped in.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        while (true)
        {
            var advanced = _advanced;
            if (condition())
            {
                return;
            }

            await advanced.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Asks the indexer to look at the log now rather than at its next poll.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one pass reads everything that is there.
        }
    }

    public Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        foreach (var name in OpenNames)
        {
            Close(name);
        }

        _wake.Dispose();
    }

    /// <summary>Builds left by an interrupted rebuild; the one in use and the one being retired (it deletes itself) stay.</summary>
    private static void RemoveStaleBuilds(string folder, string current, string? retiring)
    {
        foreach (var build in Directory.EnumerateDirectories(folder))
        {
            if (build == current || build == retiring)
            {
                continue;
            }

            try
            {
                Directory.Delete(build, recursive: true);
            }
            catch (IOException)
            {
                // A build still closing; the next rebuild removes it.
            }
        }
    }
}
