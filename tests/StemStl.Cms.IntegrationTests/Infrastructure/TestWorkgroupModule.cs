using System.Collections.Concurrent;
using StemStl.Cms.Content;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.Infrastructure;

/// <summary>
/// A test-only <see cref="IWorkgroupScope"/>: tests say which workgroup an item id belongs to and who is in it. Ids are
/// unique per test, so hosts in one process can share the tables. Unknown items belong to no workgroup.
/// </summary>
public sealed class TestWorkgroupModule : CmsModule
{
    public const string FeatureId = "StemStl.Tests.Workgroups";

    public static ConcurrentDictionary<string, string> ItemWorkgroups { get; } = new(StringComparer.Ordinal);

    public static ConcurrentDictionary<(string UserId, string WorkgroupId), WorkgroupRole> Members { get; } = new();

    public override ModuleManifest Manifest { get; } = new(
        "StemStl.Tests.Workgroups",
        "Test workgroups",
        "Workgroup membership set by the tests.",
        "Tests",
        [new FeatureManifest(FeatureId, "Test workgroups", "A workgroup scope the tests fill in.", [], EnabledByDefault: true)]);

    public override void Configure(ModuleBuilder builder) =>
        builder.Feature(FeatureId, feature => feature.Contribute<IWorkgroupScope, Scope>());

    private sealed class Scope : IWorkgroupScope
    {
        public ValueTask<string?> GetWorkgroupIdAsync(ContentItem item, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ItemWorkgroups.TryGetValue(item.ContentItemId, out var workgroup) ? workgroup : null);

        public ValueTask<WorkgroupRole> GetMembershipAsync(string userId, string workgroupId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Members.GetValueOrDefault((userId, workgroupId)));

        public ValueTask<IReadOnlyDictionary<string, WorkgroupRole>> GetWorkgroupsOfAsync(string userId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, WorkgroupRole>>(Members.Where(m => m.Key.UserId == userId).ToDictionary(m => m.Key.WorkgroupId, m => m.Value));
    }
}
