using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Pathways.Stages;

/// <summary>The four stages of a pathway, in the order a learner meets them.</summary>
internal enum StageKind
{
    MiddleSchool,
    HighSchool,
    Postsecondary,
    EarlyCareer,
}

/// <summary>One stage of a pathway as stored in <see cref="PathwayModel.StagesPart"/>.</summary>
/// <param name="Order">Where the stage comes in the pathway, lowest first; unique within the pathway.</param>
/// <param name="Occupations">Ids of Occupation items this stage leads to (each also picked by the pathway).</param>
/// <param name="Opportunities">Ids of Opportunity items open to learners at this stage.</param>
internal sealed record PathwayStage(
    StageKind Kind,
    int Order,
    IReadOnlyList<string> Courses,
    IReadOnlyList<string> Experiences,
    IReadOnlyList<string> Credentials,
    IReadOnlyList<string> Occupations,
    IReadOnlyList<string> Opportunities)
{
    public const string StageProperty = "Stage";
    public const string OrderProperty = "Order";
    public const string CoursesProperty = "Courses";
    public const string ExperiencesProperty = "Experiences";
    public const string CredentialsProperty = "Credentials";
    public const string OccupationsProperty = "Occupations";
    public const string OpportunitiesProperty = "Opportunities";

    /// <summary>The stage's name as people read it.</summary>
    public string Name => NameOf(Kind);

    public static string NameOf(StageKind kind) => kind switch
    {
        StageKind.MiddleSchool => "Middle school",
        StageKind.HighSchool => "High school",
        StageKind.Postsecondary => "Postsecondary",
        _ => "Early career",
    };

    /// <summary>A stage name as stored (<c>HighSchool</c>) or as read (<c>High school</c>), case-insensitively.</summary>
    public static StageKind? Parse(string? text)
    {
        var compact = text?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse<StageKind>(compact, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(compact, out _)
            ? kind
            : null;
    }

    /// <summary>
    /// The stages of a stored pathway in their order. Saved items were validated, so a stage that does not read (data
    /// written while the feature was off) is left out rather than failing the read.
    /// </summary>
    public static IReadOnlyList<PathwayStage> Of(ContentItem pathway) =>
        [.. (pathway.TryGetPart(PathwayModel.StagesPart)?["Stages"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(Read)
            .OfType<PathwayStage>()
            .OrderBy(s => s.Order)
            .ThenBy(s => s.Kind)];

    private static PathwayStage? Read(JsonObject stage) =>
        Parse(ContentJson.Text(stage, StageProperty)) is { } kind && ContentJson.Number(stage, OrderProperty) is { } order
            ? new PathwayStage(
                kind,
                (int)Math.Clamp(order, int.MinValue, int.MaxValue),
                PathwayModel.Strings(stage, CoursesProperty),
                PathwayModel.Strings(stage, ExperiencesProperty),
                PathwayModel.Strings(stage, CredentialsProperty),
                PathwayModel.Strings(stage, OccupationsProperty),
                PathwayModel.Strings(stage, OpportunitiesProperty))
            : null;
}
