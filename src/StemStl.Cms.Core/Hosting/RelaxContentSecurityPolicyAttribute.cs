namespace StemStl.Cms.Hosting;

/// <summary>
/// Adds one source to one directive of the host's Content-Security-Policy, only on the page or endpoint it marks;
/// every other response keeps the strict policy. Each use names its reason, so a reviewer sees why it was needed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
internal sealed class RelaxContentSecurityPolicyAttribute : Attribute
{
    public RelaxContentSecurityPolicyAttribute(string directive, string source, string reason)
    {
        // Thrown while the endpoints are built, so a misspelt directive fails at start-up rather than silently.
        if (!SecurityHeadersMiddleware.Directives.Contains(directive))
        {
            throw new ArgumentException(
                $"'{directive}' is not a directive of the host's Content-Security-Policy; use one of: {string.Join(", ", SecurityHeadersMiddleware.Directives)}.",
                nameof(directive));
        }

        if (string.IsNullOrWhiteSpace(source) || source.Contains(';', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException($"Relaxing '{directive}' needs one source without ';' and a reason; got source '{source}'.", nameof(source));
        }

        Directive = directive;
        Source = source;
        Reason = reason;
    }

    public string Directive { get; }

    public string Source { get; }

    public string Reason { get; }
}
