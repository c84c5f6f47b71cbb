using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class TokenAuditTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task TokenUse_IsAudited_ByIdAndName_NeverByValue()
    {
        var token = await factory.CreateTokenAsync("content:read");
        using var client = factory.TokenClient(token);

        await client.GetAsync("/api/content/stemstlworkgroup0000000001", TestContext.Current.CancellationToken);
        await client.GetAsync("/api/content/stemstlworkgroup0000000002", TestContext.Current.CancellationToken);

        var events = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == "TokenUsed").ToListAsync());
        var used = Assert.Single(events);
        Assert.Contains("tokenId", used.Details, StringComparison.Ordinal);
        Assert.Contains("/api/content/stemstlworkgroup0000000001", used.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(token, used.Details, StringComparison.Ordinal);
        var trail = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.AsNoTracking().Select(e => e.Details ?? "").ToListAsync());
        Assert.DoesNotContain(trail, details => details.Contains(token, StringComparison.Ordinal));
    }
}
