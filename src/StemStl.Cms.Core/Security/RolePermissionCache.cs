using System.Collections.Concurrent;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>
/// The permission names each role holds, shared by every request: an anonymous read checks the Anonymous role on every
/// request, and reading it from the store each time cost as much as the content query itself. A role change that commits
/// on this node drops the cache at once (<see cref="RoleChangeInterceptor"/>); another node on the same database sees it
/// within <see cref="Lifetime"/>, because each entry is read again when it is that old.
/// </summary>
internal sealed class RolePermissionCache(TimeProvider clock) : IStoreCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _byRole = new(StringComparer.OrdinalIgnoreCase);
    private long _generation;

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _byRole.Clear();
    }

    public async Task<IReadOnlySet<string>> GetAsync(string roleName, Func<CancellationToken, Task<IReadOnlySet<string>>> load, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_byRole.TryGetValue(roleName, out var entry) && now - entry.LoadedUtc < Lifetime)
        {
            return entry.Permissions;
        }

        // A load that overlaps an invalidation may have read the roles from before the change: it answers this caller
        // only, and is kept only when no invalidation happened meanwhile.
        var generation = Interlocked.Read(ref _generation);
        var permissions = await load(cancellationToken);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _byRole[roleName] = new Entry(permissions, now);
        }

        return permissions;
    }

    private sealed record Entry(IReadOnlySet<string> Permissions, DateTimeOffset LoadedUtc);
}
