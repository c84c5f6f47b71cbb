namespace StemStl.Cms.Content;

/// <summary>
/// Runs several content operations as one transaction, for changes that only make sense together (reordering a
/// workgroup's pages). Each <see cref="IContentManager"/> call inside keeps its own all-or-nothing (a savepoint).
/// </summary>
public interface IContentBatch
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it when the work returns true; when it returns false
    /// or throws, nothing it wrote is kept. Handlers' after-commit work runs as each operation completes, so a batch
    /// should only be rolled back for a reason it found before writing, or a failed operation.
    /// </summary>
    /// <returns>Whether the batch was committed.</returns>
    Task<bool> RunAsync(Func<CancellationToken, Task<bool>> work, CancellationToken cancellationToken = default);
}
