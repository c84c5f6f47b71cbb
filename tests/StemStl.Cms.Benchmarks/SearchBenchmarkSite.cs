using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Cms.Benchmarks;

/// <summary>
/// A site holding N generated lessons (resource-like: title, body, subject, grade band, format) and a "Lessons" index
/// with the three as keyword fields. The store with N lessons is made once per N and kept in the temp folder, because
/// making 100,000 items through the content manager takes minutes; each benchmark starts from a copy of it.
/// </summary>
internal static class SearchBenchmarkSite
{
    public const string Index = "Lessons";

    private const int SeedBatch = 250;
    private const int SavePartialEvery = 10_000;

    /// <summary>How many lessons: <c>STEMSTL_BENCH_DOCS</c>, else 100,000 (the figure of record).</summary>
    public static IEnumerable<int> Sizes =>
        [int.TryParse(Environment.GetEnvironmentVariable("STEMSTL_BENCH_DOCS"), out var n) && n > 0 ? n : 100_000];

    public static readonly string[] Subjects = ["science", "math", "engineering", "technology", "art", "literacy"];
    public static readonly string[] Grades = ["elementary", "middle", "high", "adult"];
    public static readonly string[] Formats = ["lesson", "activity", "video", "kit", "field-trip"];

    private static readonly string[] Topics = ["robot", "circuit", "fraction", "planet", "bridge", "garden", "code", "weather", "rocket", "microscope"];

    /// <summary>An administrator: the per-hit checks pass by type, so the figures are the index's, not the role store's.</summary>
    public static ClaimsPrincipal Administrator { get; } = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Administrator")], "Benchmark"));

    /// <summary>A site on a copy of the seeded store, with the index defined (not yet built) and its files in the site folder.</summary>
    public static async Task<BenchmarkSite> CreateAsync(int documents)
    {
        await EnsureSeedAsync(documents);
        var site = await CreateSiteAsync(SeedFile(documents));
        await site.InScopeAsync(services => services.GetRequiredService<LuceneIndexSettings>().SaveAsync(Definition, CancellationToken.None));
        return site;
    }

    /// <summary>Brings every index up to the head of the log, building it first where needed, as one background pass does.</summary>
    public static Task IndexAsync(BenchmarkSite site) =>
        site.InScopeAsync(services => services.GetRequiredService<LuceneIndexer>().RunAsync(CancellationToken.None));

    public static Task<string> CreateLessonAsync(BenchmarkSite site, int n) =>
        site.InScopeAsync(services => CreateLessonAsync(services.GetRequiredService<IContentManager>(), n));

    private static async Task<string> CreateLessonAsync(IContentManager manager, int n)
    {
        var item = await manager.NewAsync("Lesson") ?? throw new InvalidOperationException("Lesson type missing.");
        var random = new Random(n);
        item.Part("TitlePart")["Title"] = $"{Pick(Topics, random)} {Pick(Formats, random)} {n}";
        item.Part("MarkdownBodyPart")["Markdown"] = Body(random);
        var part = item.Part("Lesson");
        part["Subject"] = new JsonObject { ["Text"] = Pick(Subjects, random) };
        part["Grade"] = new JsonObject { ["Text"] = Pick(Grades, random) };
        part["Format"] = new JsonObject { ["Text"] = Pick(Formats, random) };
        var result = await manager.CreateAsync(item);
        return result.Succeeded
            ? result.Item!.ContentItemId
            : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    private static LuceneIndexDefinition Definition { get; } = new(
        Index,
        ["Lesson"],
        LuceneAnalyzer.English,
        IndexLatest: false,
        new Dictionary<string, LuceneFieldSettings>(StringComparer.Ordinal)
        {
            ["Lesson.Subject"] = new(Keyword: true),
            ["Lesson.Grade"] = new(Keyword: true),
            ["Lesson.Format"] = new(Keyword: true),
        });

    /// <summary>
    /// Makes the seed store for <paramref name="documents"/> lessons unless it exists. Run it on its own first
    /// (<c>-- seed-lessons</c>): inside a benchmark's global setup it counts against the in-process toolchain's timeout.
    /// A seed that stops part way leaves <c>.partial</c> (saved every 10,000 lessons) and the next run carries on from it.
    /// </summary>
    public static async Task EnsureSeedAsync(int documents)
    {
        var seed = SeedFile(documents);
        if (!File.Exists(seed))
        {
            await SeedAsync(documents, seed);
        }
    }

    private static string SeedFile(int documents) => Path.Combine(Path.GetTempPath(), $"stemstl-bench-lessons-v1-{documents}.db");

    private static async Task SeedAsync(int documents, string seed)
    {
        var partial = seed + ".partial";
        await using var site = await CreateSiteAsync(File.Exists(partial) ? partial : null);
        var made = await site.InScopeAsync(services =>
            services.GetRequiredService<Data.CmsDbContext>().ContentItems.CountAsync(r => r.ContentType == "Lesson" && r.Latest));

        // Through the content manager, as an editor's saves go, but a batch per scope and transaction: one commit per
        // item made the 100,000-item seed take the better part of an hour. Batches commit whole, so the count of
        // lessons already made is where the next one starts.
        for (var start = made; start < documents; start += SeedBatch)
        {
            var end = Math.Min(documents, start + SeedBatch);
            await site.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<Data.CmsDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var manager = services.GetRequiredService<IContentManager>();
                for (var n = start; n < end; n++)
                {
                    await CreateLessonAsync(manager, n);
                }

                await transaction.CommitAsync();
            });
            if (end % SavePartialEvery == 0 && end < documents)
            {
                await SaveAsync(site, partial);
            }
        }

        await SaveAsync(site, seed);
        File.Delete(partial);
    }

    /// <summary>Everything moved from the write-ahead log into the file first, so the file alone is the store.</summary>
    private static async Task SaveAsync(BenchmarkSite site, string target)
    {
        await site.InScopeAsync(services => services.GetRequiredService<Data.CmsDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        File.Copy(site.DatabaseFile, target + ".copying", overwrite: true);
        File.Move(target + ".copying", target, overwrite: true);
    }

    private static async Task<BenchmarkSite> CreateSiteAsync(string? seed)
    {
        var site = await BenchmarkSite.CreateAsync(
            null,
            new Dictionary<string, string?> { ["StemStl:Search:Lucene:IndexFolder"] = "{folder}/lucene" },
            seed);
        await site.InScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<IContentDefinitionManager>().ApplyAsync(LessonType);
            return result.Succeeded ? result : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        });
        return site;
    }

    private static ContentDefinitionChange LessonType { get; } = new()
    {
        Parts =
        [
            new ContentPartDefinition("Lesson", "Lesson", "",
            [
                new ContentPartFieldDefinition("Subject", "TextField", "Subject"),
                new ContentPartFieldDefinition("Grade", "TextField", "Grade band"),
                new ContentPartFieldDefinition("Format", "TextField", "Format"),
            ]),
        ],
        Types =
        [
            new ContentTypeDefinition("Lesson", "Lesson", new ContentTypeSettings(),
            [
                new ContentTypePartDefinition("TitlePart", "TitlePart"),
                new ContentTypePartDefinition("MarkdownBodyPart", "MarkdownBodyPart"),
                new ContentTypePartDefinition("Lesson", "Lesson"),
            ]),
        ],
    };

    /// <summary>Forty words, a fifth of them topic words, the rest from a 300-word vocabulary: enough spread for real postings.</summary>
    private static string Body(Random random) =>
        string.Join(' ', Enumerable.Range(0, 40).Select(_ => random.Next(5) == 0 ? Pick(Topics, random) : $"word{random.Next(300)}"));

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];
}
