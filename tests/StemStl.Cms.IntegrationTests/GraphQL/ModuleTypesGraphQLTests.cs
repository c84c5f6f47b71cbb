using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Workgroups;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>
/// The "one GraphQL query per type reads it, with its relations", on the store the real setup recipe seeds: one
/// query per module type, each asserting that the seeded relations come back filled. Workgroup pages and membership are
/// not seeded (staff write them), so the test adds one page, one member and one chair first.
/// </summary>
public sealed class ModuleTypesGraphQLTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Query = "query ($id: ID!) { contentItem(contentItemId: $id, status: LATEST) { displayText %s } }";

    private static readonly string[] TermFields = ["subjectTerms", "gradeBandTerms", "learningSettingTerms", "resourceTypeTerms"];

    [Fact]
    public async Task EachModuleType_IsReadByOneQuery_WithItsSeededRelations()
    {
        var page = await factory.CreatePageAsync(WorkgroupSite.Communications, "Portal roadmap", 1);
        var (memberId, _) = await factory.CreateAccountAsync("Morgan Member", "WorkgroupMember");
        var (chairId, _) = await factory.CreateAccountAsync("Casey Chair", "WorkgroupChair");
        await factory.AddMemberAsync(WorkgroupSite.Communications, memberId, "member");
        await factory.AddMemberAsync(WorkgroupSite.Communications, chairId, "chair");
        using var admin = await factory.AdminClientAsync();

        var workgroup = await ReadAsync(admin, WorkgroupSite.Communications, "... on Workgroup { pages { displayText } members { displayName } chairs { displayName } }");
        var workgroupPage = await ReadAsync(admin, page["ContentItemId"]!.GetValue<string>(), "... on WorkgroupPage { workgroupItem { displayText } }");
        var resource = await ReadAsync(admin, "resource-sample-0000000003", """
            ... on Resource { provider { contentItems { displayText } } workgroup { contentItems { displayText } }
              subjectTerms { displayText } gradeBandTerms { displayText } learningSettingTerms { displayText } resourceTypeTerms { displayText } }
            """);
        var pathway = await ReadAsync(admin, "pathway-bioscience", """
            ... on Pathway { stages { name occupations { name medianWage clearsLivingWage } opportunities { displayText } }
              occupations { contentItems { displayText } } resources { contentItems { displayText } } partnerOrganizations { contentItems { displayText } } }
            """);
        var campaign = await ReadAsync(admin, "stemstlcampaign00000000001", """
            ... on Campaign { resources { contentItems { displayText } } events { contentItems { displayText ... on Event { start { value } } } } }
            """);
        var sampleEvent = await ReadAsync(admin, "stemstlevent0000000000001", """
            ... on Event { description { markdown html } start { value } end { value } location { text } locationPoint { latitude longitude }
              link { url text } workgroup { contentItems { displayText } } }
            """);

        Assert.Equal(["Portal roadmap"], Texts(workgroup["pages"], "displayText"));
        Assert.Equal(["Morgan Member"], Texts(workgroup["members"], "displayName"));
        Assert.Equal(["Casey Chair"], Texts(workgroup["chairs"], "displayName"));
        Assert.Equal("Centralizing Communications", workgroupPage["workgroupItem"]!["displayText"]!.GetValue<string>());

        Assert.Equal(["STEMSTL"], Texts(resource["provider"]!["contentItems"], "displayText"));
        Assert.Equal(["Strengthening the Ecosystem"], Texts(resource["workgroup"]!["contentItems"], "displayText"));
        Assert.All(TermFields, terms => Assert.NotEmpty(resource[terms]!.AsArray()));

        var stages = pathway["stages"]!.AsArray();
        Assert.Equal(4, stages.Count);
        var technician = stages[3]!["occupations"]![0]!;
        Assert.Equal(50000, technician["medianWage"]!.GetValue<double>());
        Assert.True(technician["clearsLivingWage"]!.GetValue<bool>());
        Assert.Contains(stages, s => s!["opportunities"]!.AsArray().Count > 0);
        Assert.Equal(2, pathway["occupations"]!["contentItems"]!.AsArray().Count);
        Assert.NotEmpty(pathway["resources"]!["contentItems"]!.AsArray());
        Assert.Equal(["STEMSTL"], Texts(pathway["partnerOrganizations"]!["contentItems"], "displayText"));

        Assert.Equal(["Sample: STEM Celebration Week build challenge"], Texts(campaign["resources"]!["contentItems"], "displayText"));
        Assert.Equal(2, campaign["events"]!["contentItems"]!.AsArray().Count);
        Assert.All(campaign["events"]!["contentItems"]!.AsArray(), e => Assert.StartsWith("2027-04-1", e!["start"]!["value"]!.GetValue<string>(), StringComparison.Ordinal));

        Assert.Contains("<p>", sampleEvent["description"]!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(sampleEvent["locationPoint"]!["latitude"]);
        Assert.Equal("https://stemstl.org", sampleEvent["link"]!["url"]!.GetValue<string>());
        Assert.Equal(["Strengthening the Ecosystem"], Texts(sampleEvent["workgroup"]!["contentItems"], "displayText"));
    }

    private static async Task<JsonNode> ReadAsync(HttpClient client, string id, string selection)
    {
        var (response, body) = await client.GraphQLAsync(Query.Replace("%s", selection, StringComparison.Ordinal), new JsonObject { ["id"] = id });
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, $"{id}: {body.ToJsonString()}");
        return body.Data("contentItem") ?? throw new InvalidOperationException($"{id}: no item came back: {body.ToJsonString()}");
    }

    private static IReadOnlyList<string> Texts(JsonNode? items, string property) => [.. items!.AsArray().Select(i => i![property]!.GetValue<string>())];
}
