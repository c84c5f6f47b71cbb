namespace StemStl.Resources.Importing;

/// <summary>One column of the import file: its header, whether every file must have it, and the content paths it fills.</summary>
/// <param name="Paths">Content paths (<c>Resource.Link</c>) whose errors belong to this column; prefixes count.</param>
internal sealed record ImportColumn(string Name, bool Required, string Description, IReadOnlyList<string> Paths);

/// <summary>The columns of a resources CSV file. Lists (subjects, grade bands…) separate their values with <c>;</c>.</summary>
internal static class ImportColumns
{
    public const char ListSeparator = ';';

    public static readonly ImportColumn Key = new("key", true, "A stable key of your own; importing the same key again updates that resource.", ["ContentItemId"]);
    public static readonly ImportColumn Title = new("title", true, "The title; the resource's path is made from it.", ["TitlePart", "AutoroutePart", "DisplayText"]);
    public static readonly ImportColumn Summary = new("summary", true, "One or two sentences.", ["Resource.Summary"]);
    public static readonly ImportColumn Body = new("body", false, "The description, in Markdown.", ["MarkdownBodyPart"]);
    public static readonly ImportColumn Link = new("link", false, "An absolute http or https URL; needed unless there are attachments.", ["Resource.Link"]);
    public static readonly ImportColumn Type = new("type", true, "One resource type, by name or term id.", ["Resource.ResourceType"]);
    public static readonly ImportColumn Subjects = new("subjects", true, "Subjects, by name or term id.", ["Resource.Subjects"]);
    public static readonly ImportColumn GradeBands = new("grade_bands", true, "Grade bands, by name or term id (PreK, K-2, 3-5, 6-8, 9-12, Postsecondary, Adult).", ["Resource.GradeBands"]);
    public static readonly ImportColumn Settings = new("settings", false, "Learning settings, by name or term id.", ["Resource.LearningSettings"]);
    public static readonly ImportColumn Cost = new("cost", false, "Cost in US dollars (0 or 'free' when free).", ["Resource.Cost"]);
    public static readonly ImportColumn Provider = new("provider", false, "The provider organization, by name or id.", ["Resource.Provider"]);
    public static readonly ImportColumn Workgroup = new("workgroup", false, "The related workgroup, by name or id.", ["Resource.Workgroup"]);
    public static readonly ImportColumn Attachments = new("attachments", false, "Media library paths, e.g. handouts/lesson.pdf.", ["Resource.Attachments"]);
    public static readonly ImportColumn Standards = new("standards", false, "Standards codes, e.g. MS-ETS1-1.", ["Resource.StandardsAlignment"]);
    public static readonly ImportColumn PublishedDate = new("published_date", false, "The provider's publication date, yyyy-MM-dd.", ["Resource.PublishedDate"]);

    public static IReadOnlyList<ImportColumn> All { get; } =
        [Key, Title, Summary, Body, Link, Type, Subjects, GradeBands, Settings, Cost, Provider, Workgroup, Attachments, Standards, PublishedDate];

    /// <summary>The column a content error at <paramref name="path"/> belongs to; the key column when no other claims it.</summary>
    public static ImportColumn ForPath(string path) =>
        All.FirstOrDefault(c => c.Paths.Any(p => path == p || path.StartsWith(p + ".", StringComparison.Ordinal))) ?? Key;
}
