using StemStl.Cms.Content;
using StemStl.Pathways.Stages;

namespace StemStl.Pathways.Matching;

/// <summary>A pathway that matched a student's interests, with its score, its place and why.</summary>
/// <param name="Rank">1 for the best match.</param>
/// <param name="RankExplanation">Why the pathway sits where it does relative to its neighbours.</param>
internal sealed record PathwayMatch(ContentItem Pathway, int Score, int Rank, IReadOnlyList<MatchReason> Reasons, IReadOnlyList<string> MatchedSubjects, string RankExplanation);

/// <summary>One thing that earned a pathway points.</summary>
/// <param name="Subject">The interest that matched; null for the stage bonus.</param>
/// <param name="Stage">The stage whose courses or experiences matched, or that the student would start at.</param>
/// <param name="Matched">What matched: the pathway's subjects, or a stage's courses and experiences.</param>
/// <param name="Explanation">The reason in a sentence.</param>
internal sealed record MatchReason(string? Subject, StageKind? Stage, IReadOnlyList<string> Matched, int Points, string Explanation);
