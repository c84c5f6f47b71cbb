using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>One GraphQL query reads resources with their relations, anonymously: the generic fields and the module's conveniences.</summary>
public sealed class ResourceGraphQLTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Query = """
        { resource(orderBy: [{ displayText: ASC }], first: 10) {
            displayText
            providerItem { displayText }
            workgroupItem { displayText autoroutePart { path } }
            gradeBands { termContentItemIds }
            gradeBandTerms { contentItemId displayText }
            cost { value }
        } }
        """;

    [Fact]
    public async Task AnonymousReaders_GetTheSamples_WithProviderWorkgroupAndTerms()
    {
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync(Query);

        Assert.Null(body["errors"]);
        var resources = body.Data("resource")!.AsArray();
        Assert.Equal(4, resources.Count);
        Assert.All(resources, r => Assert.Equal("STEMSTL", r!["providerItem"]!["displayText"]!.GetValue<string>()));
        var activity = resources.Single(r => r!["displayText"]!.GetValue<string>() == "Sample: STEM Celebration Week build challenge")!;
        Assert.Equal("Strengthening the Ecosystem", activity["workgroupItem"]!["displayText"]!.GetValue<string>());
        Assert.Equal(["gradeband-k-2", "gradeband-3-5", "gradeband-6-8"], activity["gradeBands"]!["termContentItemIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["K-2", "3-5", "6-8"], activity["gradeBandTerms"]!.AsArray().Select(t => t!["displayText"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheTaxonomies_AreReadableByTheFrontEnds()
    {
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync("""{ taxonomy(orderBy: [{ displayText: ASC }]) { displayText } }""");

        Assert.Equal(["Grade bands", "Learning settings", "Resource types", "Subjects"], body.Data("taxonomy")!.AsArray().Select(t => t!["displayText"]!.GetValue<string>()));
    }
}
