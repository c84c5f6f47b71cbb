using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Definitions;

/// <summary>Item data that a definition change would leave without a definition: a whole type, a part of a type, or a field of a part.</summary>
internal sealed record Orphan(string Path, string What, string ContentType, string? Part = null, string? Field = null, string? FieldKind = null)
{
    public bool WholeItem => Part is null;
}

/// <summary>Finds stored items (any version) holding data a definition change removes, and deletes that data when asked.</summary>
internal sealed class OrphanedData(CmsDbContext db, IReadOnlyDictionary<string, ContentFieldKind> fieldKinds)
{
    /// <summary>What the change removes, whether or not any item holds data for it.</summary>
    public static List<Orphan> Removals(ContentDefinitionChange change, ContentDefinitionSnapshot before, ContentDefinitionSnapshot after)
    {
        var removals = new List<Orphan>();
        for (var i = 0; i < change.DeletedTypes.Count; i++)
        {
            removals.Add(new Orphan($"DeletedTypes[{i}]", $"deleting type '{change.DeletedTypes[i]}'", change.DeletedTypes[i]));
        }

        foreach (var oldType in before.Types.Values)
        {
            if (after.FindType(oldType.Name) is not { } newType)
            {
                continue;
            }

            var oldParts = TypeParts.Of(oldType, before);
            var newParts = TypeParts.Of(newType, after);
            foreach (var oldPart in oldParts)
            {
                var newPart = newParts.FirstOrDefault(p => p.Name == oldPart.Name);
                if (newPart is null)
                {
                    removals.Add(new Orphan(PathOf(change, oldType.Name, oldPart.PartName, fields: false),
                        $"removing part '{oldPart.Name}' from type '{oldType.Name}'", oldType.Name, oldPart.Name));
                    continue;
                }

                var newFields = after.FindPart(newPart.PartName)?.Fields ?? [];
                foreach (var field in before.FindPart(oldPart.PartName)?.Fields ?? [])
                {
                    if (newFields.All(f => f.Name != field.Name))
                    {
                        removals.Add(new Orphan(PathOf(change, oldType.Name, oldPart.PartName, fields: true),
                            $"removing field '{field.Name}' from part '{oldPart.PartName}' (in type '{oldType.Name}')", oldType.Name, oldPart.Name, field.Name, field.FieldName));
                    }
                }
            }
        }

        return removals;
    }

    /// <summary>How many items hold data for each removal; only removals with data are returned.</summary>
    public async Task<List<(Orphan Orphan, HashSet<string> Items)>> FindAsync(IReadOnlyList<Orphan> removals, bool track, CancellationToken cancellationToken)
    {
        var types = removals.Select(r => r.ContentType).Distinct(StringComparer.Ordinal).ToList();
        var query = db.ContentItems.Where(r => types.Contains(r.ContentType));
        var records = await (track ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        Records = records;
        var found = new List<(Orphan, HashSet<string>)>();
        foreach (var removal in removals)
        {
            var items = records
                .Where(r => r.ContentType == removal.ContentType && Holds(ContentRecords.ParseDocument(r.Document), removal))
                .Select(r => r.ContentItemId)
                .ToHashSet(StringComparer.Ordinal);
            if (items.Count > 0)
            {
                found.Add((removal, items));
            }
        }

        return found;
    }

    /// <summary>The version rows read by <see cref="FindAsync"/>.</summary>
    public List<ContentItemRecord> Records { get; private set; } = [];

    /// <summary>Removes the orphaned data from every version: whole items for deleted types, else the part or field from each document.</summary>
    public async Task DeleteAsync(IEnumerable<Orphan> orphans, CancellationToken cancellationToken)
    {
        foreach (var orphan in orphans)
        {
            var records = Records.Where(r => r.ContentType == orphan.ContentType).ToList();
            if (orphan.WholeItem)
            {
                var ids = records.Select(r => r.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
                db.ContentFieldIndex.RemoveRange(await db.ContentFieldIndex.Where(r => ids.Contains(r.ContentItemId)).ToListAsync(cancellationToken));
                db.ContentUniqueValues.RemoveRange(await db.ContentUniqueValues.Where(r => ids.Contains(r.ContentItemId)).ToListAsync(cancellationToken));
                db.ContentItems.RemoveRange(records);
                Records.RemoveAll(records.Contains);
                continue;
            }

            foreach (var record in records)
            {
                var document = ContentRecords.ParseDocument(record.Document);
                var removed = orphan.Field is null
                    ? document.Remove(orphan.Part!)
                    : document[orphan.Part!] is JsonObject part && part.Remove(orphan.Field);
                if (removed)
                {
                    record.Document = document.ToJsonString();
                    record.ConcurrencyStamp = Guid.NewGuid();
                }
            }
        }
    }

    private bool Holds(JsonObject document, Orphan orphan)
    {
        if (orphan.WholeItem)
        {
            return true;
        }

        var part = document[orphan.Part!];
        if (orphan.Field is null)
        {
            return part is JsonObject { Count: > 0 } || part is not null and not JsonObject;
        }

        var value = (part as JsonObject)?[orphan.Field];
        return fieldKinds.TryGetValue(orphan.FieldKind!, out var kind) ? kind.HasValue(value) : value is not null;
    }

    private static string PathOf(ContentDefinitionChange change, string typeName, string partName, bool fields)
    {
        for (var i = 0; fields && i < change.Parts.Count; i++)
        {
            if (change.Parts[i].Name == partName)
            {
                return $"Parts[{i}].Fields";
            }
        }

        for (var i = 0; i < change.DeletedParts.Count; i++)
        {
            if (change.DeletedParts[i] == partName)
            {
                return $"DeletedParts[{i}]";
            }
        }

        for (var i = 0; i < change.Types.Count; i++)
        {
            if (change.Types[i].Name == typeName)
            {
                return $"Types[{i}].Parts";
            }
        }

        return "";
    }
}
