using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Hosting;

/// <summary>Which database the store uses. Section <c>StemStl:Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "StemStl:Store";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it defaults to a file <c>stemstl.db</c> in <see cref="DataFolder"/>;
    /// for PostgreSQL it is required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where local data lives (the SQLite file, later the Lucene indexes), relative to the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";
}

/// <summary>The database engines the store supports.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
