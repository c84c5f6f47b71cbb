namespace StemStl.Resources.Importing;

/// <summary>What happened to one row: the resource it reached and whether it was new.</summary>
internal sealed record ImportedRow(int Line, string Key, string ContentItemId, string Title, bool Created);

/// <summary>
/// The state of one import inside the request's scope, shared by <see cref="ResourceImporter"/> and
/// <see cref="ResourceImportStep"/>: the step runs inside the recipe executor's transaction and reports here.
/// </summary>
internal sealed class ImportRun
{
    /// <summary>Check every row against the store, then take everything back.</summary>
    public bool DryRun { get; set; }

    /// <summary>The step went through every row (so <see cref="Rows"/> and <see cref="Errors"/> are complete).</summary>
    public bool Completed { get; set; }

    public List<ImportedRow> Rows { get; } = [];

    public List<ImportError> Errors { get; } = [];
}

/// <summary>Thrown by the step to make the recipe executor roll the import back: on a dry run, or when any row failed.</summary>
internal sealed class ImportRolledBackException(string message) : Exception(message);
