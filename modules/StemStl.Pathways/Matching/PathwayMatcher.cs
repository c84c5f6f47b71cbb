using System.Globalization;
using StemStl.Cms.Content;
using StemStl.Pathways.Stages;

namespace StemStl.Pathways.Matching;

/// <summary>
/// Ranks pathways (a plain function of the pathways and the query: no store, no clock) for a student's interests and says why. Points: an interest among the pathway's own subjects 3; an
/// interest in the courses or experiences of the stage the student would start at 2, of a later stage 1 (stages before
/// it do not count: the student is past them); starting at a stage the pathway has, 1, once something matched.
/// Ties go to the pathway matching more distinct interests, then by name, then by id, so the order never depends on
/// the store's. Pure: the same pathways and query always give the same answer.
/// </summary>
internal static class PathwayMatcher
{
    public const int SubjectPoints = 3;
    public const int EntryStagePoints = 2;
    public const int LaterStagePoints = 1;
    public const int StartsHerePoints = 1;

    public static IReadOnlyList<PathwayMatch> PathwaysForInterests(IEnumerable<ContentItem> pathways, InterestQuery query)
    {
        ArgumentNullException.ThrowIfNull(pathways);
        ArgumentNullException.ThrowIfNull(query);
        var scored = pathways
            .Select(p => (Pathway: p, Reasons: Score(p, query)))
            .Where(m => m.Reasons.Any(r => r.Subject is not null))
            .Select(m => (m.Pathway, m.Reasons, Score: m.Reasons.Sum(r => r.Points), Subjects: Subjects(m.Reasons)))
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Subjects.Count)
            .ThenBy(m => m.Pathway.DisplayText, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Pathway.ContentItemId, StringComparer.Ordinal)
            .ToList();

        return [.. scored.Select((m, i) => new PathwayMatch(
            m.Pathway,
            m.Score,
            i + 1,
            m.Reasons,
            m.Subjects,
            RankExplanation.For(i, scored.ConvertAll(s => (s.Pathway.DisplayText, s.Score, s.Subjects.Count))))),];
    }

    private static List<string> Subjects(List<MatchReason> reasons) =>
        [.. reasons.Select(r => r.Subject).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    private static List<MatchReason> Score(ContentItem pathway, InterestQuery query)
    {
        var reasons = new List<MatchReason>();
        var ownSubjects = PathwayModel.SubjectsOf(pathway);
        var stages = PathwayStage.Of(pathway).Where(s => query.EntryStage is not { } entry || s.Kind >= entry).ToList();
        foreach (var subject in query.Subjects)
        {
            var phrase = Words.Of(subject);
            if (ownSubjects.Where(s => Words.Contains(Words.Of(s), phrase)).ToList() is { Count: > 0 } own)
            {
                reasons.Add(new MatchReason(subject, null, own, SubjectPoints, $"'{subject}' is among the pathway's subjects ({string.Join(", ", own)})."));
            }

            foreach (var stage in stages)
            {
                var matched = stage.Courses.Concat(stage.Experiences).Where(c => Words.Contains(Words.Of(c), phrase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (matched.Count == 0)
                {
                    continue;
                }

                var isEntry = stage.Kind == query.EntryStage;
                reasons.Add(new MatchReason(
                    subject,
                    stage.Kind,
                    matched,
                    isEntry ? EntryStagePoints : LaterStagePoints,
                    isEntry
                        ? $"'{subject}' appears in the {stage.Name.ToLowerInvariant()} stage you would start at: {string.Join(", ", matched)}."
                        : $"'{subject}' appears in the {stage.Name.ToLowerInvariant()} stage: {string.Join(", ", matched)}."));
            }
        }

        if (reasons.Count > 0 && query.EntryStage is { } start && stages.Any(s => s.Kind == start))
        {
            reasons.Add(new MatchReason(null, start, [], StartsHerePoints,
                $"The pathway has a {PathwayStage.NameOf(start).ToLowerInvariant()} stage, where a student in grade band {query.GradeBand} would start."));
        }

        return reasons;
    }

    /// <summary>Why each place in the ranking is where it is, in words.</summary>
    private static class RankExplanation
    {
        public static string For(int index, List<(string Name, int Score, int Subjects)> ranked)
        {
            var (name, score, subjects) = ranked[index];
            var place = $"Ranked {index + 1} of {ranked.Count} with {Points(score)}";
            if (index == 0)
            {
                return ranked.Count == 1 ? $"{place}, the only pathway that matched." : $"{place}; {Compare(ranked[index + 1], score, subjects, above: false)}";
            }

            return $"{place}; {Compare(ranked[index - 1], score, subjects, above: true)}";
        }

        private static string Compare((string Name, int Score, int Subjects) other, int score, int subjects, bool above)
        {
            if (other.Score != score)
            {
                var gap = Math.Abs(other.Score - score);
                return $"{Points(gap)} {(above ? "fewer" : "more")} than '{other.Name}'.";
            }

            if (other.Subjects != subjects)
            {
                return $"tied on points with '{other.Name}', which matches {(above ? "more" : "fewer")} of the interests ({other.Subjects} against {subjects}).";
            }

            return $"tied with '{other.Name}' on points and interests matched, so the two are ordered by name.";
        }

        private static string Points(int points) => points == 1 ? "1 point" : $"{points.ToString(CultureInfo.InvariantCulture)} points";
    }
}
