using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Content.Scheduling;

/// <summary>How often scheduled publishing looks for due items. Section <c>StemStl:Scheduling</c>.</summary>
internal sealed class SchedulingOptions
{
    public const string Section = "StemStl:Scheduling";

    /// <summary>Seconds between passes; an item is published at most this late.</summary>
    [Range(1, 86_400)]
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>Switch the background passes off (e.g. on nodes that must not write).</summary>
    public bool Enabled { get; set; } = true;
}
