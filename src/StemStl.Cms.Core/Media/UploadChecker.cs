using System.Text;

namespace StemStl.Cms.Media;

/// <summary>
/// Sniffs the first bytes of an upload. Binary kinds must start with their signature; text kinds (CSV) must be valid
/// UTF-8 without NUL bytes. SVG and HTML are never accepted: they can carry script.
/// </summary>
internal sealed class UploadChecker : IUploadChecker
{
    private const int SniffBytes = 4096;

    private static readonly Dictionary<string, (string ContentType, Func<byte[], int, bool> Matches)> Kinds = new(StringComparer.Ordinal)
    {
        [".png"] = ("image/png", (b, n) => StartsWith(b, n, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)),
        [".jpg"] = ("image/jpeg", (b, n) => StartsWith(b, n, 0xFF, 0xD8, 0xFF)),
        [".jpeg"] = ("image/jpeg", (b, n) => StartsWith(b, n, 0xFF, 0xD8, 0xFF)),
        [".gif"] = ("image/gif", (b, n) => StartsWithText(b, n, "GIF87a") || StartsWithText(b, n, "GIF89a")),
        [".webp"] = ("image/webp", (b, n) => StartsWithText(b, n, "RIFF") && n >= 12 && Encoding.ASCII.GetString(b, 8, 4) == "WEBP"),
        [".pdf"] = ("application/pdf", (b, n) => StartsWithText(b, n, "%PDF-")),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", IsZip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IsZip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", IsZip),
        [".csv"] = ("text/csv", IsText),
        [".json"] = ("application/json", IsText),
    };

    public async Task<UploadCheck> CheckAsync(string fileName, Stream content, UploadRules rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (!rules.Extensions.Contains(extension, StringComparer.Ordinal) || !Kinds.TryGetValue(extension, out var kind))
        {
            return UploadCheck.Refuse($"'{fileName}' is not an accepted kind of file; accepted: {string.Join(", ", rules.Extensions)}.");
        }

        if (content.CanSeek && content.Length > rules.MaxBytes)
        {
            return UploadCheck.Refuse($"'{fileName}' is {content.Length / 1024.0 / 1024.0:0.#} MB; the limit is {rules.MaxBytes / 1024.0 / 1024.0:0.#} MB.");
        }

        if (content.CanSeek && content.Length == 0)
        {
            return UploadCheck.Refuse($"'{fileName}' is empty.");
        }

        var head = new byte[SniffBytes];
        var read = 0;
        while (read < head.Length && await content.ReadAsync(head.AsMemory(read), cancellationToken) is var n and > 0)
        {
            read += n;
        }

        if (content.CanSeek)
        {
            content.Position = 0;
        }

        return kind.Matches(head, read)
            ? UploadCheck.Accept(kind.ContentType)
            : UploadCheck.Refuse($"'{fileName}' does not look like a {extension} file inside; it may be misnamed or damaged.");
    }

    private static bool StartsWith(byte[] bytes, int count, params byte[] signature) =>
        count >= signature.Length && bytes.AsSpan(0, signature.Length).SequenceEqual(signature);

    private static bool StartsWithText(byte[] bytes, int count, string signature) =>
        StartsWith(bytes, count, Encoding.ASCII.GetBytes(signature));

    private static bool IsZip(byte[] bytes, int count) => StartsWith(bytes, count, 0x50, 0x4B, 0x03, 0x04);

    // Text: valid UTF-8 (a code point cut at the sniff boundary is fine) with no NUL bytes and no markup opening.
    private static bool IsText(byte[] bytes, int count)
    {
        var span = bytes.AsSpan(0, count);
        if (span.Contains((byte)0))
        {
            return false;
        }

        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var trimmed = count;
            while (trimmed > 0 && count - trimmed < 3 && (span[trimmed - 1] & 0xC0) == 0x80)
            {
                trimmed--;
            }

            if (trimmed > 0 && span[trimmed - 1] >= 0xC0)
            {
                trimmed--;
            }

            var text = decoder.GetString(span[..(count == SniffBytes ? trimmed : count)]);
            return !text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('<');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
