using Microsoft.AspNetCore.DataProtection;
using StemStl.Cms.Security;
using StemStl.Cms.Security.Preview;
using StemStl.Cms.Tests.Content;

namespace StemStl.Cms.Tests.Security;

public sealed class PreviewTokenServiceTests
{
    // Data Protection checks the expiry against the real clock too, so the test clock starts at the real now.
    private readonly TestClock _clock = new() { Now = DateTimeOffset.UtcNow };
    private readonly EphemeralDataProtectionProvider _keys = new();

    private PreviewTokenService Service() => new(_keys, _clock);

    [Fact]
    public void Read_GivesBackTheScopeOfAFreshToken()
    {
        var issued = Service().Create(new PreviewScope("Page", "item1"), "user1", TimeSpan.FromMinutes(15));

        Assert.Equal(new PreviewScope("Page", "item1"), Service().Read(issued.Token));
        Assert.Equal(_clock.Now.AddMinutes(15), issued.ExpiresUtc);
    }

    [Fact]
    public void Read_RefusesATokenPastItsExpiry()
    {
        var issued = Service().Create(new PreviewScope("Page", null), "user1", TimeSpan.FromMinutes(5));

        _clock.Now = _clock.Now.AddMinutes(5);

        Assert.Null(Service().Read(issued.Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public void Read_RefusesAnythingThatIsNotOneOfOurTokens(string token) => Assert.Null(Service().Read(token));

    [Fact]
    public void Read_RefusesATokenWithAlteredBytes()
    {
        var token = Service().Create(new PreviewScope("Page", "item1"), "user1", TimeSpan.FromMinutes(15)).Token;
        var altered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];

        Assert.Null(Service().Read(altered));
    }

    [Fact]
    public void Create_RefusesLifetimesOverTheHourOrNotPositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Service().Create(new PreviewScope("Page", null), "u", TimeSpan.FromMinutes(61)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Service().Create(new PreviewScope("Page", null), "u", TimeSpan.Zero));
    }
}
