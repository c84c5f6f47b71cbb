using System.Security.Claims;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL;
using StemStl.Cms.GraphQL.Http;
using StemStl.Cms.GraphQL.Schema;
using StemStl.Cms.Security;

namespace StemStl.Cms.Benchmarks;

/// <summary>
/// The front-end query (the 20 newest published articles, each with its workgroup's title and rendered Markdown)
/// executed by GraphQL.NET against the real schema, store and authorization, without HTTP: the engine's share of a
/// request. tests/load/frontend.sh measures the same query over HTTP with wrk.
/// </summary>
[MemoryDiagnoser]
public class GraphQLFrontEndBenchmarks
{
    private const string Query = "{ article(first: 20, orderBy: [{ publishedUtc: DESC }]) { contentItemId displayText autoroutePart { path } markdownBody { html } workgroup { contentItems { displayText } } } }";

    private static readonly ClaimsPrincipal Reader = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "bench-reader"), new Claim(Permission.ClaimType, ContentPermissions.ViewContent.Name)], "Bench"));

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private BenchmarkSite _site = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await BenchmarkSite.CreateAsync(s => s.AddCmsGraphQL());
        await using var scope = _site.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        var changed = await definitions.ApplyAsync(new ContentDefinitionChange
        {
            Parts = [new ContentPartDefinition("Article", "Article", "", [new ContentPartFieldDefinition("Workgroup", "ContentPickerField", "Workgroup")])],
            Types =
            [
                new ContentTypeDefinition("Workgroup", "Workgroup", new ContentTypeSettings(ApiVisible: true), [new ContentTypePartDefinition("TitlePart", "TitlePart")]),
                new ContentTypeDefinition("Article", "Article", new ContentTypeSettings(ApiVisible: true),
                [
                    new ContentTypePartDefinition("TitlePart", "TitlePart"),
                    new ContentTypePartDefinition("AutoroutePart", "AutoroutePart", Position: 1),
                    new ContentTypePartDefinition("MarkdownBodyPart", "MarkdownBodyPart", Position: 2),
                    new ContentTypePartDefinition("Article", "Article", Position: 3),
                ]),
            ],
        });
        if (!changed.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", changed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        var workgroups = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            workgroups.Add(await CreateAsync("Workgroup", item => item.Part("TitlePart")["Title"] = $"Workgroup {i}"));
        }

        for (var i = 0; i < 500; i++)
        {
            await CreateAsync("Article", item =>
            {
                item.Part("TitlePart")["Title"] = $"Article {i}";
                item.Part("AutoroutePart")["Path"] = $"articles/article-{i}";
                item.Part("MarkdownBodyPart")["Markdown"] = $"## Article {i}\n\nHands-on **STEM** activities for grades 6-8, with [a link](https://example.org/{i}).";
                item.Part("Article")["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray(workgroups[i % 5]) };
            });
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    /// <summary>One execution of the front-end query in its own scope, as one request would run it.</summary>
    [Benchmark]
    public Task<ExecutionResult> FrontEndQuery() => ExecuteAsync((o, _) => o.User = Reader);

    /// <summary>
    /// The same query as the endpoint runs it for a document it has seen before: the AST parsed once, and only the
    /// cost rule validated again (the spec's rules passed against this schema on the first request). Anonymous, as the
    /// public sites call it and as tests/load/frontend-query.lua sends it.
    /// </summary>
    [Benchmark]
    public Task<ExecutionResult> FrontEndQueryKnownDocument() => ExecuteAsync((o, services) =>
    {
        o.Document = KnownDocument;
        o.ValidationRules = services.GetRequiredService<GraphQLLimits>().RevalidationRules;
        o.User = Anonymous;
    });

    private async Task<ExecutionResult> ExecuteAsync(Action<ExecutionOptions, IServiceProvider> configure)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var site = await sp.GetRequiredService<SiteStates>().ReadAsync(sp, CancellationToken.None);
        var schema = sp.GetRequiredService<SchemaCache>().Get(site, sp);
        var result = await sp.GetRequiredService<IDocumentExecuter>().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = Query;
            o.RequestServices = sp;
            configure(o, sp);
        });
        return result.Errors is { Count: > 0 } errors ? throw new InvalidOperationException(errors[0].Message) : result;
    }

    private static readonly GraphQLParser.AST.GraphQLDocument KnownDocument = GraphQLParser.Parser.Parse(Query);

    private async Task<string> CreateAsync(string type, Action<ContentItem> fill)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type) ?? throw new InvalidOperationException($"{type} missing.");
        fill(item);
        var result = await content.CreateAsync(item);
        return result.Succeeded ? item.ContentItemId : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}
