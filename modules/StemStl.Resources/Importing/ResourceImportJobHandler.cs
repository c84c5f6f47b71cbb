using System.Text;
using System.Text.Json.Nodes;
using StemStl.Cms.Jobs;

namespace StemStl.Resources.Importing;

/// <summary>
/// The real CSV import as a background job (the check stays synchronous on the page). The argument is
/// <c>{"csv": "...", "publish": false}</c>; whoever queues it has checked <see cref="ImportAccess"/>. The file is
/// imported whole or not at all, so a failed job changed nothing.
/// </summary>
internal sealed class ResourceImportJobHandler(ResourceImporter importer) : IJobHandler
{
    public const string JobKind = "resources.import";

    public string Kind => JobKind;

    public static JsonObject Argument(string csv, bool publish) => new() { ["csv"] = csv, ["publish"] = publish };

    public async Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var csv = context.Argument?["csv"]?.GetValue<string>() ?? throw new InvalidOperationException("The job has no CSV file: its argument must be {\"csv\": \"...\"}.");
        var publish = context.Argument?["publish"]?.GetValue<bool>() ?? false;
        context.Progress.Report(0, 0, "Importing every row in one transaction");
        var report = await importer.ImportAsync(Encoding.UTF8.GetBytes(csv), dryRun: false, publish, cancellationToken);
        if (!report.Valid)
        {
            var first = string.Join("; ", report.Errors.Take(5).Select(e => e.Line > 0 ? $"line {e.Line}, {e.Column}: {e.Message}" : e.Message));
            throw new InvalidOperationException($"{report.Errors.Count} problem(s), so nothing was imported: {first}. Correct the file, check it again and import it.");
        }

        context.Progress.Report(report.RowCount, report.RowCount, "Imported");
        return new JsonObject
        {
            ["rows"] = report.RowCount,
            ["created"] = report.Created,
            ["updated"] = report.Updated,
            ["published"] = report.Publish,
        };
    }
}
