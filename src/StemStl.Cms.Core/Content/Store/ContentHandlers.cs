using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.Handlers;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Content.Store;

/// <summary>Calls the enabled handlers of one operation and remembers their after-commit work.</summary>
internal sealed class ContentHandlers(IServiceProvider services)
{
    private readonly List<ContentContext> _contexts = [];

    public ContentContext Context(ContentItem item, ContentTypeDefinition type, ContentItem? previous, CancellationToken cancellationToken)
    {
        var context = new ContentContext(item, type, previous, cancellationToken);
        _contexts.Add(context);
        return context;
    }

    public async Task InvokeAsync(ContentContext context, Func<IContentHandler, ContentContext, Task> step)
    {
        // Resolved per call, not injected: handlers may themselves use the content manager, and features may change mid-scope.
        foreach (var handler in services.GetRequiredService<IEnabled<IContentHandler>>())
        {
            await step(handler, context);
        }
    }

    public IEnumerable<Func<CancellationToken, Task>> AfterCommitActions => _contexts.SelectMany(c => c.AfterCommitActions);

    public void Clear() => _contexts.Clear();
}
