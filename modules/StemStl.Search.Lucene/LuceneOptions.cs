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
}
