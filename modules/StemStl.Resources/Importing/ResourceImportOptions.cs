using System.ComponentModel.DataAnnotations;

namespace StemStl.Resources.Importing;

/// <summary>Limits of the CSV import, from <c>StemStl:Resources:Import</c>. One import is one transaction, so its size is bounded.</summary>
internal sealed class ResourceImportOptions
{
    public const string Section = "StemStl:Resources:Import";

    /// <summary>The largest file accepted, in bytes.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The most data rows one file may hold.</summary>
    [Range(1, 100_000)]
    public int MaxRows { get; set; } = 2_000;
}
