using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// One index folder open for writing and searching. The change-log cursor, the definition it was built under and the
/// schema are saved in each commit's user data, so they can never disagree with the documents on disk.
/// </summary>
internal sealed class LuceneIndexHandle : IDisposable
{
    private const string CursorKey = "cursor";
    private const string HashKey = "definition";
    private const string RebuildKey = "rebuild";
    private const string ResetKey = "reset";
    private const string SchemaKey = "schema";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private int _leases;
    private bool _retired;
    private bool _deleteOnDispose;
    private bool _disposed;

    private LuceneIndexHandle(string folder, LuceneIndexDefinition definition, FSDirectory directory, IndexWriter writer, Dictionary<string, string> data)
    {
        Folder = folder;
        Definition = definition;
        Analyzer = writer.Analyzer;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory());
        Cursor = long.Parse(data.GetValueOrDefault(CursorKey) ?? "0", CultureInfo.InvariantCulture);
        BuiltUnder = (data.GetValueOrDefault(HashKey), int.Parse(data.GetValueOrDefault(RebuildKey) ?? "0", CultureInfo.InvariantCulture));
        ResetGeneration = int.Parse(data.GetValueOrDefault(ResetKey) ?? "0", CultureInfo.InvariantCulture);
        Schema = LuceneSchema.Parse(data.GetValueOrDefault(SchemaKey));
        CommittedSchema = Schema.Copy();
    }

    public string Folder { get; }

    /// <summary>The definition documents are built with from now on.</summary>
    public LuceneIndexDefinition Definition { get; private set; }

    public Analyzer Analyzer { get; }

    /// <summary>The id of the last change applied and committed.</summary>
    public long Cursor { get; private set; }

    /// <summary>The definition hash and rebuild generation of the last build.</summary>
    public (string? Hash, int Rebuild) BuiltUnder { get; private set; }

    public int ResetGeneration { get; private set; }

    /// <summary>The schema as documents are being added (ahead of the last commit).</summary>
    public LuceneSchema Schema { get; }

    /// <summary>The schema of what searchers see.</summary>
    public LuceneSchema CommittedSchema { get; private set; }

    public IndexWriter Writer => _writer;

    /// <summary>Opens the index in <paramref name="folder"/>, or creates an empty one when <paramref name="create"/> is set; throws when it is damaged.</summary>
    public static LuceneIndexHandle Open(string folder, LuceneIndexDefinition definition, bool create)
    {
        var directory = FSDirectory.Open(folder);
        IndexWriter? writer = null;
        try
        {
            if (!create && !DirectoryReader.IndexExists(directory))
            {
                throw new IndexNotFoundException($"no index in '{folder}'");
            }

            var config = new IndexWriterConfig(LuceneAnalyzers.Version, LuceneAnalyzers.Create(definition.Analyzer))
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            };
            writer = new IndexWriter(directory, config);
            if (create)
            {
                writer.Commit();
            }

            var data = new Dictionary<string, string>(writer.CommitData ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            return new LuceneIndexHandle(folder, definition, directory, writer, data);
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Commits what was written with the new cursor, and lets searchers see it.</summary>
    public void Commit(long cursor, LuceneIndexState state)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [HashKey] = state.Definition.Hash,
            [RebuildKey] = state.RebuildGeneration.ToString(CultureInfo.InvariantCulture),
            [ResetKey] = state.ResetGeneration.ToString(CultureInfo.InvariantCulture),
            [SchemaKey] = Schema.Serialize(),
        });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        Cursor = cursor;
        Definition = state.Definition;
        BuiltUnder = (state.Definition.Hash, state.RebuildGeneration);
        ResetGeneration = state.ResetGeneration;
        CommittedSchema = Schema.Copy();
    }

    /// <summary>Starts replaying the change log from its beginning; documents stay until the replay replaces them.</summary>
    public void Reset(LuceneIndexState state) => Commit(0, state);

    /// <summary>A searcher over the last commit; give it back with <see cref="Release"/>. Null once the handle is retired.</summary>
    public IndexSearcher? Acquire()
    {
        lock (_searchers)
        {
            if (_retired)
            {
                return null;
            }

            _leases++;
            return _searchers.Acquire();
        }
    }

    public void Release(IndexSearcher searcher)
    {
        lock (_searchers)
        {
            _searchers.Release(searcher);
            _leases--;
            if (_retired && _leases == 0)
            {
                Dispose();
            }
        }
    }

    /// <summary>Stops handing out searchers; closes once the last one is given back, then deletes the folder when asked.</summary>
    public void Retire(bool deleteFolder)
    {
        lock (_searchers)
        {
            _retired = true;
            _deleteOnDispose = deleteFolder;
            if (_leases == 0)
            {
                Dispose();
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        if (_deleteOnDispose)
        {
            try
            {
                System.IO.Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the next start to clean up: the index in use is named by the pointer file, not by this folder.
            }
        }
    }
}
