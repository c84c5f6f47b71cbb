using Microsoft.AspNetCore.Http;
using StemStl.Cms.Hosting;

namespace StemStl.Cms.Tests.Hosting;

public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public void PolicyFor_AnEndpointWithoutRelaxations_IsTheStrictPolicy()
    {
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, SecurityHeadersMiddleware.PolicyFor(null));
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, SecurityHeadersMiddleware.PolicyFor(EndpointWith()));
    }

    [Fact]
    public void PolicyFor_ARelaxedEndpoint_AddsTheSourceToThatDirectiveOnly()
    {
        var policy = SecurityHeadersMiddleware.PolicyFor(EndpointWith(
            new RelaxContentSecurityPolicyAttribute("font-src", "data:", "a widget's fonts"),
            new RelaxContentSecurityPolicyAttribute("font-src", "data:", "the same need, declared twice")));

        Assert.Equal(
            SecurityHeadersMiddleware.ContentSecurityPolicy.Replace("font-src 'self';", "font-src 'self' data:;", StringComparison.Ordinal),
            policy);
        Assert.Contains("script-src 'self'; style-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Relaxation_OfADirectiveThePolicyDoesNotHave_FailsAndNamesTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => new RelaxContentSecurityPolicyAttribute("fonts-src", "data:", "typo"));

        Assert.Contains("'fonts-src' is not a directive", error.Message, StringComparison.Ordinal);
        Assert.Contains("font-src", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data:; script-src *", "smuggling a directive")]
    [InlineData(" ", "no source")]
    [InlineData("data:", " ")]
    public void Relaxation_WithoutOneCleanSourceAndAReason_Fails(string source, string reason) =>
        Assert.Throws<ArgumentException>(() => new RelaxContentSecurityPolicyAttribute("font-src", source, reason));

    private static Endpoint EndpointWith(params object[] metadata) =>
        new(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), "test endpoint");
}
