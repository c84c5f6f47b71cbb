using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Tests.Data;

/// <summary>The per-connection pragmas hold on every open, also when the pool hands back a native connection they already ran on.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stemstl-pragmas-").FullName;

    private SqliteCmsDbContext NewContext() => new(new DbContextOptionsBuilder<SqliteCmsDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_folder, "pragmas.db")}")
        .AddInterceptors(SqlitePragmas.Instance)
        .Options);

    private static async Task<(string Journal, long Timeout, long ForeignKeys)> ReadAsync(SqliteCmsDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            return ((string)(await Scalar(connection, "PRAGMA journal_mode"))!, (long)(await Scalar(connection, "PRAGMA busy_timeout"))!, (long)(await Scalar(connection, "PRAGMA foreign_keys"))!);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task EveryOpen_SeesWalABusyTimeoutAndForeignKeys_FirstAndAfterThePoolReusesTheConnection()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var db = NewContext();
            var (journal, timeout, foreignKeys) = await ReadAsync(db);

            Assert.Equal("wal", journal);
            Assert.Equal(5000, timeout);
            Assert.Equal(1, foreignKeys);
        }
    }

    [Fact]
    public async Task AFreshNativeConnection_GetsThePragmasToo()
    {
        await using (var first = NewContext())
        {
            await ReadAsync(first);
        }

        // Emptying the pool closes the native handle; the next open is a new one that has never seen the pragmas.
        SqliteConnection.ClearAllPools();
        await using var second = NewContext();
        var (_, timeout, foreignKeys) = await ReadAsync(second);

        Assert.Equal(5000, timeout);
        Assert.Equal(1, foreignKeys);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
