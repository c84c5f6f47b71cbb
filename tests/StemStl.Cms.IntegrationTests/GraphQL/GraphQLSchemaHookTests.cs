using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Modules;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Modules add fields through the schema hook; they come and go with the module's feature.</summary>
public sealed class GraphQLSchemaHookTests(ArticleHost articles) : IClassFixture<ArticleHost>
{
    private CmsFactory Factory => articles.Factory;

    [Fact]
    public async Task AContributedReverseRelation_ListsTheArticlesThatPickEachWorkgroup_InFewSqlCommands()
    {
        using var client = Factory.CreateClient();

        var (_, body) = await client.GraphQLAsync("{ workgroup(orderBy: [{ displayText: ASC }]) { displayText articles { displayText } } }");

        var workgroups = body.Data("workgroup")!.AsArray();
        Assert.Equal(5, workgroups.Count);
        Assert.Equal(120, workgroups.Sum(w => w!["articles"]!.AsArray().Count));
        Assert.All(workgroups, w => Assert.Equal(24, w!["articles"]!.AsArray().Count));
    }

    [Fact]
    public async Task DisablingTheModulesFeature_TakesItsFieldsOut_AndEnablingBringsThemBack()
    {
        using var client = Factory.CreateClient();
        const string Query = "{ contributedGreeting }";

        var (on, onBody) = await client.GraphQLAsync(Query);
        await SwitchAsync(enable: false);
        var (off, _) = await client.GraphQLAsync(Query);
        await SwitchAsync(enable: true);
        var (back, _) = await client.GraphQLAsync(Query);

        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal("Hello from a module", onBody.Data("contributedGreeting")!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, off.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private Task<bool> SwitchAsync(bool enable) => Factory.InScopeAsync(async services =>
    {
        var features = services.GetRequiredService<IFeatureManager>();
        var result = enable
            ? await features.EnableAsync([TestGraphQLModule.FeatureId], TestContext.Current.CancellationToken)
            : await features.DisableAsync([TestGraphQLModule.FeatureId], TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return true;
    });
}
