using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Handlers;

/// <summary>
/// Observes the content life cycle. Handlers run inside the operation's transaction: an exception from any of them
/// rolls the whole operation back. Work that must only happen once the change is durable (webhooks, cache
/// invalidation) goes through <see cref="ContentContext.AfterCommit"/>.
/// Handlers of a disabled feature do not run.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context) => Task.CompletedTask;

    Task CreatedAsync(ContentContext context) => Task.CompletedTask;

    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    Task UpdatedAsync(ContentContext context) => Task.CompletedTask;

    Task PublishingAsync(ContentContext context) => Task.CompletedTask;

    Task PublishedAsync(ContentContext context) => Task.CompletedTask;

    Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;

    Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;

    Task RemovingAsync(ContentContext context) => Task.CompletedTask;

    Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}

/// <summary>What a handler is told about an operation.</summary>
public sealed class ContentContext
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private readonly List<ContentValidationError> _refusals = [];

    public ContentContext(ContentItem item, ContentTypeDefinition type, ContentItem? previous, CancellationToken cancellationToken)
    {
        Item = item;
        Type = type;
        Previous = previous;
        CancellationToken = cancellationToken;
    }

    /// <summary>The version the operation is about.</summary>
    public ContentItem Item { get; }

    public ContentTypeDefinition Type { get; }

    /// <summary>The version this one replaces as latest or published, when there is one.</summary>
    public ContentItem? Previous { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Queues work to run after the transaction commits; it never runs when the operation fails.</summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    /// <summary>
    /// Refuses the operation because the item breaks a rule the handler owns (e.g. a published campaign needs a call to
    /// action). Honoured from <see cref="IContentHandler.CreatingAsync"/>, <see cref="IContentHandler.UpdatingAsync"/> and
    /// <see cref="IContentHandler.PublishingAsync"/>: the operation fails as invalid with these errors beside the fields'
    /// own, and changes nothing.
    /// </summary>
    public void Refuse(string path, string message, string code = "invalid") => _refusals.Add(new ContentValidationError(path, message, code));

    /// <summary>What handlers refused so far, for the engine.</summary>
    public IReadOnlyList<ContentValidationError> Refusals => _refusals;

    /// <summary>The queued after-commit work, for the engine.</summary>
    public IReadOnlyList<Func<CancellationToken, Task>> AfterCommitActions => _afterCommit;
}
