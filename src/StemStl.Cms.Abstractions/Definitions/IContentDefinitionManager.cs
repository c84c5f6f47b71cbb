namespace StemStl.Cms.Definitions;

/// <summary>Reads and changes the stored content definitions. Reads come from a cached snapshot keyed by hash.</summary>
public interface IContentDefinitionManager
{
    /// <summary>The current definitions.</summary>
    Task<ContentDefinitionSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves type and part definitions together, after checking them against the registered part and field kinds
    /// and against the items already stored. Nothing is saved when any check fails.
    /// </summary>
    Task<DefinitionChangeResult> ApplyAsync(ContentDefinitionChange change, CancellationToken cancellationToken = default);
}

/// <summary>What to do with stored item data when a part or field it uses is removed.</summary>
public enum OrphanedDataPolicy
{
    /// <summary>Refuse the change while items still hold data for what is being removed.</summary>
    Refuse,

    /// <summary>Keep the data in the stored documents; it is ignored until the part or field comes back.</summary>
    Keep,

    /// <summary>Delete the data from every version of every item.</summary>
    Delete,
}

/// <summary>A set of definition changes applied as one.</summary>
public sealed record ContentDefinitionChange
{
    public IReadOnlyList<ContentTypeDefinition> Types { get; init; } = [];

    public IReadOnlyList<ContentPartDefinition> Parts { get; init; } = [];

    public IReadOnlyList<string> DeletedTypes { get; init; } = [];

    public IReadOnlyList<string> DeletedParts { get; init; } = [];

    /// <summary>What happens to item data of parts and fields that the change removes.</summary>
    public OrphanedDataPolicy Orphans { get; init; } = OrphanedDataPolicy.Refuse;
}

/// <summary>The outcome of a definition change; errors are keyed by a path into the change (<c>Types[2].Parts[0]</c>).</summary>
public sealed record DefinitionChangeResult(IReadOnlyList<DefinitionError> Errors, string? Hash)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>One thing wrong with a definition.</summary>
public sealed record DefinitionError(string Path, string Message);
