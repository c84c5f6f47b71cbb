namespace StemStl.Search.Lucene;

/// <summary>Where the indexes live and how eagerly they follow the change log (<c>StemStl:Search:Lucene</c>).</summary>
internal sealed class LuceneOptions
{
    public const string Section = "StemStl:Search:Lucene";

    /// <summary>The folder holding one sub-folder per index; relative to the content root. Default: <c>{DataFolder}/Sites/Default/Lucene</c>.</summary>
    public string? IndexFolder { get; set; }

    /// <summary>How often each node looks for changes made elsewhere (another node, a recipe); changes on this node wake it at once.</summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>Changes applied per commit.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How long content changes stay in the log before this node may delete them (default 7 days). A node away for
    /// longer than this rebuilds its indexes from the content when it comes back, instead of replaying the log.
    /// </summary>
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often this node prunes the change log (default hourly).</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
