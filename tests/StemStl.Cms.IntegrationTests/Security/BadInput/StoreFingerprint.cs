using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace StemStl.Cms.IntegrationTests.Security.BadInput;

/// <summary>
/// A hash of everything the store keeps, row by row, so a test can prove that a burst of bad requests changed nothing.
/// The audit trail is left out (refusals may rightly be recorded) and so is when a token was last used.
/// </summary>
internal static class StoreFingerprint
{
    private static readonly HashSet<string> SkippedTables = ["AuditEvents", "__EFMigrationsLock"];
    private static readonly HashSet<string> SkippedColumns = ["ApiTokens.LastUsedUtc"];

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string databaseFile)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !SkippedTables.Contains(t)))
        {
            hashes[table] = await HashTableAsync(connection, table);
        }

        return hashes;
    }

    private static async Task<string> HashTableAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (SkippedColumns.Contains($"{table}.{reader.GetName(i)}"))
                {
                    continue;
                }

                var value = reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes($"{reader.GetName(i)}={value}\u241E"));
            }
        }

        return $"{rows} rows, {Convert.ToHexString(hash.GetHashAndReset())[..16]}";
    }
}
