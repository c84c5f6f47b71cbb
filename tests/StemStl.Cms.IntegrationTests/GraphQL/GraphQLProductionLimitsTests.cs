using System.Net;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>A host run as production with introspection off and a one-second execution limit.</summary>
public sealed class LockedDownHost : IAsyncDisposable
{
    public LockedDownHost()
    {
        Factory = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?>
        {
            ["StemStl:GraphQL:EnableIntrospection"] = "false",
            ["StemStl:GraphQL:ExecutionTimeout"] = "00:00:01",
        }, environment: "Production", services: s => s.AddSingleton<IDocumentExecutionListener, MisbehavingListener>());
    }

    public CmsFactory Factory { get; }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    /// <summary>Stands in for a resolver that hangs (operation <c>Stall</c>) or crashes (operation <c>Explode</c>).</summary>
    private sealed class MisbehavingListener : DocumentExecutionListenerBase
    {
        public override async Task BeforeExecutionAsync(IExecutionContext context)
        {
            switch (context.Operation.Name?.StringValue)
            {
                case "Stall":
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    break;
                case "Explode":
                    throw new InvalidOperationException("secret internals went wrong");
            }
        }
    }
}

/// <summary>Limits that only show with production settings: introspection off, timeouts, and errors without internals.</summary>
public sealed class GraphQLProductionLimitsTests(LockedDownHost host) : IClassFixture<LockedDownHost>
{
    [Fact]
    public async Task WithIntrospectionOff_SchemaAndTypeQueriesAreRefused_ButOrdinaryQueriesRun()
    {
        using var client = host.Factory.CreateClient();

        var (schema, schemaBody) = await client.GraphQLAsync("{ __schema { queryType { name } } }");
        var (type, typeBody) = await client.GraphQLAsync("""{ __type(name: "Query") { name } }""");
        var (plain, plainBody) = await client.GraphQLAsync("{ workgroup { displayText __typename } }");

        Assert.Equal(HttpStatusCode.BadRequest, schema.StatusCode);
        Assert.Equal("NO_INTROSPECTION", GraphQLLimitsTests.CodeOf(schemaBody));
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Equal("NO_INTROSPECTION", GraphQLLimitsTests.CodeOf(typeBody));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(5, plainBody.Data("workgroup")!.AsArray().Count);
    }

    [Fact]
    public async Task ARequestOverTheExecutionTimeout_IsStopped_WithATimeoutError()
    {
        using var client = host.Factory.CreateClient();

        var (response, body) = await client.GraphQLAsync("query Stall { workgroup { displayText } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TIMEOUT", GraphQLLimitsTests.CodeOf(body));
        Assert.Contains("execution limit", GraphQLLimitsTests.FirstError(body)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task OutsideDevelopment_AnErrorCarriesItsCodeButNoStackTraceOrExceptionDetails()
    {
        using var client = host.Factory.CreateClient();

        var (response, text) = await client.PostGraphQLAsync(new() { ["query"] = "query Explode { workgroup { displayText } }" });

        var error = GraphQLClient.Parse(text)["errors"]![0]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(error["extensions"]!["code"]);
        Assert.Null(error["extensions"]!["details"]);
        Assert.DoesNotContain("secret internals", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }
}
