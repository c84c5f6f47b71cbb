using StemStl.Resources.Importing;

namespace StemStl.Resources.Endpoints;

/// <summary>A valid import: what each row did, or on a dry run would do.</summary>
internal sealed record ImportResponse(bool DryRun, bool Published, int Rows, int Created, int Updated, IReadOnlyList<ImportRowResponse> Items)
{
    public static ImportResponse From(ImportReport report) => new(
        report.DryRun,
        report.Publish,
        report.RowCount,
        report.Created,
        report.Updated,
        [.. report.Rows.Select(r => new ImportRowResponse(r.Line, r.Key, r.ContentItemId, r.Title, r.Created ? "created" : "updated"))]);
}

/// <param name="Action"><c>created</c> or <c>updated</c>.</param>
internal sealed record ImportRowResponse(int Line, string Key, string ContentItemId, string Title, string Action);

/// <summary>One problem, where to find it in the file.</summary>
internal sealed record ImportErrorResponse(int Line, string Column, string Message);
