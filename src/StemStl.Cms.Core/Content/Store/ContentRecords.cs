using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Store;

/// <summary>Maps version rows to items and back, and filters rows by <see cref="VersionOptions"/>.</summary>
internal static class ContentRecords
{
    // Items by id are read on every relation of every GraphQL page and by the content API, always in this shape. Compiled
    // once per model and version filter, they skip EF's per-call work of finding the cached query for the expression
    // and extracting its parameters, which was about 7 % of the CPU of an uncached GraphQL read.
    private static readonly ConcurrentDictionary<(IModel Model, VersionOptions Options), Func<CmsDbContext, string[], IAsyncEnumerable<ContentItemRecord>>> ByIds = new();

    public static ContentItem ToItem(ContentItemRecord record) => new()
    {
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Number = record.Number,
        Latest = record.Latest,
        Published = record.Published,
        Owner = record.Owner,
        Author = record.Author,
        CreatedUtc = record.CreatedUtc,
        ModifiedUtc = record.ModifiedUtc,
        PublishedUtc = record.PublishedUtc,
        Content = ParseDocument(record.Document),
    };

    /// <summary>Copies everything but the row id; every write gets a new concurrency stamp.</summary>
    public static void Write(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText.Length > 1024 ? item.DisplayText[..1024] : item.DisplayText;
        record.Number = item.Number;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Document = item.Content.ToJsonString();
        record.ConcurrencyStamp = Guid.NewGuid();
    }

    public static JsonObject ParseDocument(string document) => JsonNode.Parse(document) as JsonObject ?? [];

    public static IQueryable<ContentItemRecord> Matching(this IQueryable<ContentItemRecord> query, VersionOptions options) =>
        query.Where(VersionFilter(options));

    /// <summary>Which version rows <paramref name="options"/> names: the one definition lists and compiled reads share.</summary>
    private static Expression<Func<ContentItemRecord, bool>> VersionFilter(VersionOptions options) => options switch
    {
        VersionOptions.Latest => r => r.Latest,
        VersionOptions.Draft => r => r.Latest && !r.Published,
        _ => r => r.Published,
    };

    public static async Task<IReadOnlyList<ContentItem>> GetManyAsync(CmsDbContext db, IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var query = ByIds.GetOrAdd((db.Model, options), static key => CompileByIds(key.Options));
        var byId = new Dictionary<string, ContentItemRecord>(ids.Length, StringComparer.Ordinal);
        await foreach (var record in query(db, ids).WithCancellation(cancellationToken))
        {
            byId[record.ContentItemId] = record;
        }

        return [.. ids.Where(byId.ContainsKey).Select(id => ToItem(byId[id]))];
    }

    private static Func<CmsDbContext, string[], IAsyncEnumerable<ContentItemRecord>> CompileByIds(VersionOptions options)
    {
        Expression<Func<CmsDbContext, string[], IQueryable<ContentItemRecord>>> byIds = (db, ids) =>
            db.Set<ContentItemRecord>().AsNoTracking().Where(r => ids.Contains(r.ContentItemId));

        // The same version filter as Matching, appended to the expression before it is compiled.
        var filtered = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(ContentItemRecord)], byIds.Body, Expression.Quote(VersionFilter(options)));
        return EF.CompileAsyncQuery(Expression.Lambda<Func<CmsDbContext, string[], IQueryable<ContentItemRecord>>>(filtered, byIds.Parameters));
    }
}

/// <summary>Reads stored items for part and field kinds, on the same context (and so the same transaction) as the write.</summary>
internal sealed class StoredContentReader(CmsDbContext db) : IContentReader
{
    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default) =>
        ContentRecords.GetManyAsync(db, contentItemIds, options, cancellationToken);
}
