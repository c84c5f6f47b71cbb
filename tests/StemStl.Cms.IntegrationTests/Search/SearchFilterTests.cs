using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

[Collection(nameof(SearchHost))]
public sealed class SearchFilterTests(SearchHost host)
{
    private readonly HttpClient _anonymous = host.Factory.CreateClient();

    [Theory]
    [InlineData("filter=type:Lesson", new[] { "Fractions with pizza", "Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("filter=Lesson.Subjects:" + MathTerm, new[] { "Fractions with pizza", "Robot kits for makers" })]
    [InlineData("filter=Lesson.Subjects:" + MathTerm + "&filter=Lesson.Subjects:" + ArtTerm, new[] { "Fractions with pizza", "Painting Robots & <Rockets>", "Robot kits for makers" })]
    [InlineData("filter=Lesson.Workgroup:" + WorkgroupA, new[] { "Fractions with pizza", "Robots in the classroom" })]
    [InlineData("filter=Lesson.Released:[2025-01-01 TO 2025-12-31]", new[] { "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("filter=Lesson.Released:{2025-03-01 TO *]", new[] { "Painting Robots & <Rockets>", "Robot kits for makers" })]
    [InlineData("filter=Lesson.Minutes:[40 TO *]", new[] { "Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("filter=Lesson.Grade:K-5", new[] { "Fractions with pizza", "Robots in the classroom" })]
    [InlineData("filter=Lesson.Place:near(38.63,-90.20,25)", new[] { "Fractions with pizza", "Robots in the classroom" })]
    [InlineData("filter=Lesson.Place:near(38.63,-90.20,300)", new[] { "Fractions with pizza", "Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("q=robot&filter=Lesson.Subjects:" + ScienceTerm + "&filter=Lesson.Workgroup:" + WorkgroupB, new[] { "Painting Robots & <Rockets>", "Robot kits for makers" })]
    public async Task Filter_KeepsOnlyMatchingResources(string query, string[] expected)
    {
        var result = await SearchAsync(_anonymous, "index=Search&" + query);

        Assert.Equal(expected, Titles(result).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, Total(result));
    }

    [Fact]
    public async Task Facets_CountTheWholeMatchSet_NotThePage()
    {
        // By hand: "robot" matches the classroom (Science), the kits (Science, Math) and the painting (Art, Science).
        var result = await SearchAsync(_anonymous, "index=Search&q=robot&facets=Lesson.Subjects,Lesson.Grade,type&first=1");

        Assert.Single(Titles(result));
        Assert.Equal(3, Total(result));
        Assert.Equal(new Dictionary<string, int> { [ScienceTerm] = 3, [MathTerm] = 1, [ArtTerm] = 1 }, Facet(result, "Lesson.Subjects"));
        Assert.Equal(new Dictionary<string, int> { ["K-5"] = 1, ["6-8"] = 1, ["9-12"] = 1 }, Facet(result, "Lesson.Grade"));
        Assert.Equal(new Dictionary<string, int> { ["Lesson"] = 3 }, Facet(result, "type"));
    }

    [Fact]
    public async Task Facets_FollowTheFilters()
    {
        var result = await SearchAsync(_anonymous, $"index=Search&filter=Lesson.Workgroup:{WorkgroupA}&facets=Lesson.Subjects");

        Assert.Equal(new Dictionary<string, int> { [ScienceTerm] = 1, [MathTerm] = 1 }, Facet(result, "Lesson.Subjects"));
    }
}
