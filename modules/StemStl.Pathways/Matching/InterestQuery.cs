using StemStl.Pathways.Stages;

namespace StemStl.Pathways.Matching;

/// <summary>A student's interests and, optionally, their grade band, checked and normalised.</summary>
/// <param name="Subjects">Distinct interests in the order given, trimmed.</param>
/// <param name="EntryStage">The stage the student would join a pathway at, from their grade band; null when no band was given.</param>
/// <param name="GradeBand">The band as given, for explanations.</param>
internal sealed record InterestQuery(IReadOnlyList<string> Subjects, StageKind? EntryStage, string? GradeBand)
{
    public const int MaxSubjects = 20;
    public const int MaxSubjectLength = 80;

    /// <summary>The grade bands of the educator resources, each with the stage a student in it would join a pathway at.</summary>
    public static IReadOnlyDictionary<string, StageKind> GradeBands { get; } = new Dictionary<string, StageKind>(StringComparer.OrdinalIgnoreCase)
    {
        // Pathways start in middle school, so younger students are shown where theirs would begin.
        ["PreK"] = StageKind.MiddleSchool,
        ["K-2"] = StageKind.MiddleSchool,
        ["3-5"] = StageKind.MiddleSchool,
        ["6-8"] = StageKind.MiddleSchool,
        ["9-12"] = StageKind.HighSchool,
        ["postsecondary"] = StageKind.Postsecondary,
        ["adult"] = StageKind.EarlyCareer,
    };

    /// <summary>
    /// The query, or every problem with the arguments keyed by argument path (<c>subjects[2]</c>, <c>gradeBand</c>);
    /// nothing is matched unless both are fine.
    /// </summary>
    public static (InterestQuery? Query, IReadOnlyList<(string Path, string Message)> Errors) Create(IReadOnlyList<string?>? subjects, string? gradeBand)
    {
        var errors = new List<(string, string)>();
        var kept = new List<string>();
        if (subjects is null || subjects.Count == 0)
        {
            errors.Add(("subjects", "give at least one interest, e.g. [\"biology\", \"coding\"]."));
        }
        else if (subjects.Count > MaxSubjects)
        {
            errors.Add(("subjects", $"{subjects.Count} interests were given; send at most {MaxSubjects}."));
        }
        else
        {
            for (var i = 0; i < subjects.Count; i++)
            {
                var subject = subjects[i]?.Trim() ?? "";
                if (subject.Length == 0 || subject.Length > MaxSubjectLength || !subject.Any(char.IsLetterOrDigit))
                {
                    errors.Add(($"subjects[{i}]", $"each interest must be 1 to {MaxSubjectLength} characters with at least one letter or digit; this one is '{subjects[i]}'."));
                }
                else if (!kept.Contains(subject, StringComparer.OrdinalIgnoreCase))
                {
                    kept.Add(subject);
                }
            }
        }

        StageKind? entry = null;
        if (gradeBand is not null)
        {
            if (GradeBands.TryGetValue(gradeBand.Trim(), out var stage))
            {
                entry = stage;
            }
            else
            {
                errors.Add(("gradeBand", $"'{gradeBand}' is not a grade band; use one of {string.Join(", ", GradeBands.Keys)}, or leave it out."));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new InterestQuery(kept, entry, gradeBand?.Trim()), []);
    }
}
