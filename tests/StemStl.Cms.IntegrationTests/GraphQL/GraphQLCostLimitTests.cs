using System.Globalization;
using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>The GraphQL rate limit weighted by complexity: a caller's budget of points, not only a count of requests.</summary>
public sealed class GraphQLCostLimitTests
{
    // 1 for the list field plus 300 items of 2 fields: 601 of a 1,000-point budget, so a second one does not fit.
    private const string Expensive = "{ workgroup(first: 300) { displayText contentItemId } }";

    [Fact]
    public async Task ACallerWhoSpentTheirBudget_Gets429WithRetryAfter_WhileAnotherCallerIsServed()
    {
        await using var host = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?>
        {
            ["StemStl:GraphQL:CostPerMinute"] = "1000",

            // A response served from the cache is not executed and costs nothing; this test is about executed ones.
            ["StemStl:GraphQL:ResponseCacheDuration"] = "00:00:00",
        });
        using var anonymous = host.CreateClient();
        using var token = host.TokenClient(await host.CreateTokenAsync("content:read"));

        var (first, _) = await anonymous.GraphQLAsync(Expensive);
        var (second, body) = await anonymous.GraphQLAsync(Expensive);
        var (other, otherBody) = await token.GraphQLAsync(Expensive);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("RATE_LIMITED", GraphQLLimitsTests.CodeOf(body));
        Assert.Contains("601", GraphQLLimitsTests.FirstError(body)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(second.Headers.RetryAfter!.ToString(), CultureInfo.InvariantCulture), 1, 60);
        Assert.True(other.StatusCode == HttpStatusCode.OK, otherBody.ToJsonString());
    }

    [Fact]
    public async Task AZeroBudget_SwitchesTheWeightedLimitOff()
    {
        await using var host = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?>
        {
            ["StemStl:GraphQL:CostPerMinute"] = "0",
            ["StemStl:GraphQL:ResponseCacheDuration"] = "00:00:00",
        });
        using var anonymous = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var (response, body) = await anonymous.GraphQLAsync(Expensive);
            Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        }
    }
}
