using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>
/// A host with four published resources, a private memo and a draft, counted by hand in the tests:
/// "robot" (stemmed) is in Robots in the classroom, Robot kits for makers, Painting Robots, and the memo.
/// </summary>
public sealed class SearchHost : IAsyncLifetime
{
    public CmsFactory Factory { get; } = new();

    public string Draft { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await SearchSite.DefineAsync(Factory);
        await SearchSite.ResourceAsync(Factory, "Robots in the classroom", "Teaching kids to build robots with simple kits.",
            [SearchSite.ScienceTerm], SearchSite.WorkgroupA, "K-5", 45, "2025-03-01", (38.63, -90.20));
        await SearchSite.ResourceAsync(Factory, "Robot kits for makers", "A short list: robot kits are fun.",
            [SearchSite.ScienceTerm, SearchSite.MathTerm], SearchSite.WorkgroupB, "6-8", 90, "2025-09-15", (39.10, -94.58));
        await SearchSite.ResourceAsync(Factory, "Fractions with pizza", "We teach fractions.",
            [SearchSite.MathTerm], SearchSite.WorkgroupA, "K-5", 30, "2024-11-20", (38.75, -90.37));
        await SearchSite.ResourceAsync(Factory, "Painting Robots & <Rockets>", "Art meets engineering.",
            [SearchSite.ArtTerm, SearchSite.ScienceTerm], SearchSite.WorkgroupB, "9-12", 60, "2026-01-10", (41.88, -87.63));
        await SearchSite.MemoAsync(Factory, "Robots budget memo", "Internal robots budget.");
        Draft = await SearchSite.ResourceAsync(Factory, "Robotics draft plan", "Unpublished robots.", [SearchSite.ScienceTerm], SearchSite.WorkgroupA, draft: true);
        await SearchSite.CaughtUpAsync(Factory);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

/// <summary>The search test classes share one <see cref="SearchHost"/>; they only read it.</summary>
[CollectionDefinition(nameof(SearchHost))]
public sealed class SearchCollection : ICollectionFixture<SearchHost>;
