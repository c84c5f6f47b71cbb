using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Settings;

namespace StemStl.Cms.IntegrationTests.Pathways;

/// <summary>The module's GraphQL additions over the seeded sample: stages with their occupations and opportunities, the living wage and matching.</summary>
public sealed class PathwayGraphQLTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Bioscience = "pathway-bioscience";

    private const string StagesQuery = """
        query ($id: ID!) { contentItem(contentItemId: $id) { displayText ... on Pathway {
          stages { name stage order courses experiences credentials
            occupations { name medianWage clearsLivingWage }
            opportunities { displayText } } } } }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Id(string id) => new() { ["id"] = id };

    private Task<bool> SetThresholdAsync(double threshold) => factory.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<ISiteSettings>().SetSectionAsync("Pathways", new JsonObject { ["LivingWage"] = threshold }, cancellationToken: Ct);
        return true;
    });

    [Fact]
    public async Task APathwaysStages_ComeInOrder_WithCoursesCredentialsOccupationsAndOpportunities()
    {
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync(StagesQuery, Id(Bioscience));

        Assert.Null(body["errors"]);
        var stages = body.Data("contentItem")!["stages"]!.AsArray();
        Assert.Equal(["Middle school", "High school", "Postsecondary", "Early career"], stages.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Contains("Biology", stages[1]!["courses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("Sample: Summer research lab internship", stages[1]!["opportunities"]![0]!["displayText"]!.GetValue<string>());
        var technician = stages[3]!["occupations"]![0]!;
        Assert.Equal("Biological technician", technician["name"]!.GetValue<string>());
        Assert.Equal(50000, technician["medianWage"]!.GetValue<double>());
        Assert.True(technician["clearsLivingWage"]!.GetValue<bool>());
        var assistant = stages[2]!["occupations"]![0]!;
        Assert.False(assistant["clearsLivingWage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RaisingTheThreshold_FlipsClearsLivingWage()
    {
        using var admin = await factory.AdminClientAsync();
        const string Query = """query ($id: ID!) { contentItem(contentItemId: $id) { ... on Occupation { clearsLivingWage } } livingWageThreshold }""";

        try
        {
            await SetThresholdAsync(45000);
            var (_, before) = await admin.GraphQLAsync(Query, Id("occ-biological-technician"));
            await SetThresholdAsync(60000);
            var (_, after) = await admin.GraphQLAsync(Query, Id("occ-biological-technician"));

            Assert.True(before.Data("contentItem")!["clearsLivingWage"]!.GetValue<bool>());
            Assert.False(after.Data("contentItem")!["clearsLivingWage"]!.GetValue<bool>());
            Assert.Equal(60000, after.Data("livingWageThreshold")!.GetValue<double>());
        }
        finally
        {
            await SetThresholdAsync(45000);
        }
    }

    [Fact]
    public async Task PathwaysForInterests_RanksTheSample_AndExplainsEachMatch()
    {
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync("""
            { pathwaysForInterests(subjects: ["biology", "coding"], gradeBand: "9-12") {
                score rank matchedSubjects rankExplanation pathway { contentItemId displayText }
                reasons { subject stage matched points explanation } } }
            """);

        Assert.Null(body["errors"]);
        var matches = body.Data("pathwaysForInterests")!.AsArray();
        Assert.Equal(["pathway-bioscience", "pathway-cyber"], matches.Select(m => m!["pathway"]!["contentItemId"]!.GetValue<string>()));
        Assert.Equal(1, matches[0]!["rank"]!.GetValue<int>());
        Assert.Contains(matches[0]!["reasons"]!.AsArray(), r => r!["stage"]?.GetValue<string>() == "HighSchool" && r["subject"]?.GetValue<string>() == "biology");
        Assert.StartsWith("Ranked 1 of 2", matches[0]!["rankExplanation"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftPathway_IsInvisibleToAnonymousCallers_UntilItIsPublished()
    {
        using var admin = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();
        var created = await admin.PostJsonAsync("/api/content?draft=true", NewPathway());
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        const string Match = """{ pathwaysForInterests(subjects: ["glassblowing"]) { pathway { contentItemId } } }""";

        var (_, draftMatches) = await anonymous.GraphQLAsync(Match);
        var (_, draftItem) = await anonymous.GraphQLAsync(StagesQuery, Id(id));
        var published = await admin.PostAsync($"/api/content/{id}/publish", null, Ct);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(Ct));
        var (_, publishedMatches) = await anonymous.GraphQLAsync(Match);

        Assert.Empty(draftMatches.Data("pathwaysForInterests")!.AsArray());
        Assert.Null(draftItem.Data("contentItem"));
        Assert.Equal(id, Assert.Single(publishedMatches.Data("pathwaysForInterests")!.AsArray())!["pathway"]!["contentItemId"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadArguments_AreErrorsAtTheFieldsPath_NamingTheArgument_AndMatchNothing()
    {
        using var anonymous = factory.CreateClient();

        var (response, body) = await anonymous.GraphQLAsync("""{ pathwaysForInterests(subjects: ["biology", " "], gradeBand: "grade 9") { score } }""");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(body.Data("pathwaysForInterests"));
        var errors = body["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal(["pathwaysForInterests"], e!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
            Assert.Equal("BAD_USER_INPUT", e["extensions"]!["code"]!.GetValue<string>());
        });
        Assert.StartsWith("subjects[1]:", errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("gradeBand:", errors[1]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StagesOccupationsAndOpportunities_OfEveryPathway_CostAsManySqlCommandsAsThoseOfOne()
    {
        using var admin = await factory.AdminClientAsync();

        var one = await ProbeAsync(admin, first: 1);
        var all = await ProbeAsync(admin, first: 3);

        Assert.NotEmpty(one);
        Assert.Equal(one.Count, all.Count);
    }

    [Fact]
    public async Task APreviewingEditor_SeesTheDraftsStages_WhileAnonymousCallersSeeThePublishedOnes()
    {
        using var admin = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();
        var created = await admin.PostJsonAsync("/api/content", NewPathway("Ceramics and materials", "ceramics"));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var item = await created.ReadObjectAsync();
        var id = item["ContentItemId"]!.GetValue<string>();
        var edit = (JsonObject)item.DeepClone();
        edit["PathwayStagesPart"]!["Stages"]!.AsArray().Add(new JsonObject { ["Stage"] = "Postsecondary", ["Order"] = 2, ["Courses"] = new JsonArray("Glass engineering") });
        var drafted = await admin.PostJsonAsync($"/api/content/{id}?draft=true", edit);
        Assert.True(drafted.IsSuccessStatusCode, await drafted.Content.ReadAsStringAsync(Ct));
        const string Latest = """query ($id: ID!) { contentItem(contentItemId: $id, status: LATEST) { ... on Pathway { stages { name } } } }""";

        var (_, preview) = await admin.GraphQLAsync(Latest, Id(id));
        var (_, published) = await anonymous.GraphQLAsync(StagesQuery, Id(id));

        Assert.Equal(["High school", "Postsecondary"], preview.Data("contentItem")!["stages"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal(["High school"], published.Data("contentItem")!["stages"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AFrontEndsReadToken_ReadsStagesAndMatches_LikeAnonymousCallers()
    {
        using var token = factory.TokenClient(await factory.CreateTokenAsync("content:read"));

        var (_, stages) = await token.GraphQLAsync(StagesQuery, Id("pathway-cyber"));
        var (_, matches) = await token.GraphQLAsync("""{ pathwaysForInterests(subjects: ["robotics"], gradeBand: "6-8") { pathway { contentItemId } reasons { stage } } }""");

        Assert.Null(stages["errors"]);
        Assert.Equal(4, stages.Data("contentItem")!["stages"]!.AsArray().Count);
        Assert.Null(matches["errors"]);
        var match = Assert.Single(matches.Data("pathwaysForInterests")!.AsArray());
        Assert.Equal("pathway-manufacturing", match!["pathway"]!["contentItemId"]!.GetValue<string>());
        Assert.Contains(match["reasons"]!.AsArray(), r => r!["stage"]?.GetValue<string>() == "MiddleSchool");
    }

    private static JsonObject NewPathway(string title = "Glass and materials science", string subject = "glassblowing") => new()
    {
        ["ContentType"] = "Pathway",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Pathway"] = new JsonObject
        {
            ["IndustryCluster"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("cluster-advanced-mfg") },
            ["Summary"] = new JsonObject { ["Markdown"] = "Working with glass." },
            ["Subjects"] = new JsonObject { ["Values"] = new JsonArray(subject) },
        },
        ["PathwayStagesPart"] = new JsonObject
        {
            ["Stages"] = new JsonArray(new JsonObject { ["Stage"] = "HighSchool", ["Order"] = 1, ["Courses"] = new JsonArray("Chemistry") }),
        },
    };

    private async Task<IReadOnlyList<string>> ProbeAsync(HttpClient client, int first)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["query"] = $"{{ pathway(first: {first}, orderBy: [{{ displayText: DESC }}]) {{ displayText stages {{ name occupations {{ name clearsLivingWage }} opportunities {{ displayText }} }} }} }}",
            }),
        };
        request.Headers.Add(SqlCommandCounter.Header, probe);
        var response = await client.SendAsync(request, Ct);
        var body = await response.ReadObjectAsync();
        Assert.Null(body["errors"]);
        Assert.Equal(first, body.Data("pathway")!.AsArray().Count);
        return factory.Services.GetRequiredService<SqlCommandCounter>().CommandsFor(probe);
    }
}
