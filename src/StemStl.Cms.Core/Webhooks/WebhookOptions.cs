using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Webhooks;

/// <summary><c>StemStl:Webhooks</c>: how often the outbox is read and how deliveries are retried.</summary>
public sealed class WebhookOptions
{
    public const string Section = "StemStl:Webhooks";

    /// <summary>Whether this node sends deliveries at all (every node may; the outbox lock keeps them apart).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is read when nothing wakes the sender sooner.</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>The wait after the first failure; each later failure doubles it, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    [Range(0.01, 86400)]
    public double RetryDelaySeconds { get; set; } = 30;

    [Range(1, 604800)]
    public double MaxRetryDelaySeconds { get; set; } = 6 * 3600;

    /// <summary>Attempts before a delivery is marked failed for good.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a listener has to answer one delivery.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;
}
