using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>A host with the Article type, 120 published articles and 7 drafts, shared by one test class.</summary>
public sealed class ArticleHost : IAsyncLifetime
{
    public CmsFactory Factory { get; } = new();

    public IReadOnlyList<string> Published { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await Articles.DefineAsync(Factory);
        Published = await Articles.CreateAsync(Factory, 120, "Published");
        await Articles.CreateAsync(Factory, 7, "Draft", draft: true);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
