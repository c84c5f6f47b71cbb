using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Pathways.Matching;
using StemStl.Pathways.Stages;

namespace StemStl.Cms.Tests.Pathways;

/// <summary>The matcher ranks pathways for interests and a grade band, deterministically, and says why.</summary>
public sealed class PathwayMatcherTests
{
    private static ContentItem Pathway(string id, string title, string[] subjects, params (string Stage, string[] Courses)[] stages) => new()
    {
        ContentItemId = id,
        ContentType = "Pathway",
        DisplayText = title,
        Published = true,
        Content = new JsonObject
        {
            ["Pathway"] = new JsonObject { ["Subjects"] = new JsonObject { ["Values"] = new JsonArray([.. subjects.Select(s => (JsonNode)s)]) } },
            ["PathwayStagesPart"] = new JsonObject
            {
                ["Stages"] = new JsonArray([.. stages.Select((s, i) => (JsonNode)new JsonObject
                {
                    ["Stage"] = s.Stage,
                    ["Order"] = i + 1,
                    ["Courses"] = new JsonArray([.. s.Courses.Select(c => (JsonNode)c)]),
                })]),
            },
        },
    };

    private static readonly ContentItem Bio = Pathway("bio", "Bioscience", ["biology", "chemistry"],
        ("MiddleSchool", ["Life science"]), ("HighSchool", ["Biology", "Chemistry"]), ("Postsecondary", ["Biotechnology"]));

    private static readonly ContentItem Cyber = Pathway("cyber", "Cybersecurity", ["coding", "computer science"],
        ("MiddleSchool", ["Coding clubs"]), ("HighSchool", ["AP Computer Science Principles"]), ("EarlyCareer", ["Security operations"]));

    private static readonly ContentItem Health = Pathway("health", "Health care", ["biology", "health"],
        ("HighSchool", ["Anatomy"]), ("Postsecondary", ["Biology", "Nursing"]));

    private static InterestQuery Query(string? gradeBand, params string[] subjects)
    {
        var (query, errors) = InterestQuery.Create(subjects, gradeBand);
        Assert.Empty(errors);
        return query!;
    }

    [Fact]
    public void Biology_InHighSchool_RanksThePathwayWhoseHighSchoolStageTeachesIt_AboveTheOneThatTeachesItLater()
    {
        var matches = PathwayMatcher.PathwaysForInterests([Health, Cyber, Bio], Query("9-12", "biology"));

        Assert.Equal(["bio", "health"], matches.Select(m => m.Pathway.ContentItemId));
        Assert.Equal([1, 2], matches.Select(m => m.Rank));

        // Bioscience: 3 (its subject) + 2 (high school, where the student starts) + 1 (has that stage); health care: 3 + 1 (later stage) + 1.
        Assert.Equal([6, 5], matches.Select(m => m.Score));
        var bio = matches[0];
        Assert.Contains(bio.Reasons, r => r.Stage == StageKind.HighSchool && r.Points == PathwayMatcher.EntryStagePoints && r.Matched.SequenceEqual(["Biology"]));
        Assert.Contains(bio.Reasons, r => r.Subject is null && r.Stage == StageKind.HighSchool && r.Explanation.Contains("9-12", StringComparison.Ordinal));
        Assert.Equal("Ranked 1 of 2 with 6 points; 1 point more than 'Health care'.", bio.RankExplanation);
        Assert.Equal("Ranked 2 of 2 with 5 points; 1 point fewer than 'Bioscience'.", matches[1].RankExplanation);
    }

    [Fact]
    public void StagesTheStudentIsPast_DoNotCount()
    {
        var matches = PathwayMatcher.PathwaysForInterests([Bio], Query("postsecondary", "life science"));

        Assert.Empty(matches);
    }

    [Fact]
    public void AMultiWordInterest_MatchesWholeWordsInCourses_AndPluralsMatchSingulars()
    {
        var matches = PathwayMatcher.PathwaysForInterests([Cyber, Bio], Query(null, "computer science", "coding club"));

        var cyber = Assert.Single(matches);
        Assert.Equal(["computer science", "coding club"], cyber.MatchedSubjects);
        Assert.Contains(cyber.Reasons, r => r.Subject == "computer science" && r.Matched.SequenceEqual(["AP Computer Science Principles"]));
        Assert.Contains(cyber.Reasons, r => r.Subject == "coding club" && r.Matched.SequenceEqual(["Coding clubs"]));
    }

    [Fact]
    public void PartOfAWord_IsNotAMatch()
    {
        Assert.Empty(PathwayMatcher.PathwaysForInterests([Bio], Query(null, "bio")));
    }

    [Fact]
    public void Ties_GoToTheMoreInterestsMatched_ThenToTheName_AndTheOrderOfTheInputDoesNotMatter()
    {
        var alpha = Pathway("z-alpha", "Alpha", ["robotics"]);
        var beta = Pathway("a-beta", "Beta", ["robotics"]);
        var wide = Pathway("wide", "Wide", ["welding", "design"]);
        var query = Query(null, "robotics", "welding", "design");

        var forward = PathwayMatcher.PathwaysForInterests([alpha, beta, wide], query);
        var backward = PathwayMatcher.PathwaysForInterests([wide, beta, alpha], query);

        Assert.Equal(["wide", "z-alpha", "a-beta"], forward.Select(m => m.Pathway.ContentItemId));
        Assert.Equal(forward.Select(m => (m.Pathway.ContentItemId, m.Score, m.RankExplanation)), backward.Select(m => (m.Pathway.ContentItemId, m.Score, m.RankExplanation)));
        Assert.Equal("Ranked 3 of 3 with 3 points; tied with 'Alpha' on points and interests matched, so the two are ordered by name.", forward[2].RankExplanation);
    }

    [Fact]
    public void APathwayMatchingNothing_IsLeftOut_EvenWhenItHasTheStudentsStage()
    {
        Assert.Empty(PathwayMatcher.PathwaysForInterests([Bio, Cyber, Health], Query("6-8", "poetry")));
    }

    [Theory]
    [InlineData(new string[0], null, "subjects")]
    [InlineData(new[] { "biology", " " }, null, "subjects[1]")]
    [InlineData(new[] { "biology", "!!" }, null, "subjects[1]")]
    [InlineData(new[] { "biology" }, "grade 9", "gradeBand")]
    public void BadArguments_AreReportedByArgumentPath_AndNoQueryIsMade(string[] subjects, string? gradeBand, string path)
    {
        var (query, errors) = InterestQuery.Create(subjects, gradeBand);

        Assert.Null(query);
        Assert.Equal(path, Assert.Single(errors).Path);
    }

    [Fact]
    public void Interests_AreTrimmedAndDeduplicated_AndGradeBandsReadWithoutRegardToCase()
    {
        var (query, errors) = InterestQuery.Create([" Biology ", "biology", "coding"], "POSTSECONDARY");

        Assert.Empty(errors);
        Assert.Equal(["Biology", "coding"], query!.Subjects);
        Assert.Equal(StageKind.Postsecondary, query.EntryStage);
    }
}
