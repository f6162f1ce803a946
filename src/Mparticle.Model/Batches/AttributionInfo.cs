using System;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>Install attribution of a batch (<c>attribution_info</c>): the schema requires all three fields.</summary>
public sealed class AttributionInfo
{
    /// <summary>Creates attribution info.</summary>
    /// <param name="serviceProvider">The attribution service provider.</param>
    /// <param name="publisher">The publisher.</param>
    /// <param name="campaign">The campaign.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AttributionInfo(string serviceProvider, string publisher, string campaign)
    {
        Guard.NotNull(serviceProvider, nameof(serviceProvider));
        Guard.NotNull(publisher, nameof(publisher));
        Guard.NotNull(campaign, nameof(campaign));
        ServiceProvider = serviceProvider;
        Publisher = publisher;
        Campaign = campaign;
    }

    [JsonConstructor]
    internal AttributionInfo()
    {
        ServiceProvider = Publisher = Campaign = string.Empty;
    }

    /// <summary>The attribution service provider (<c>service_provider</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("service_provider")]
    public string ServiceProvider { get; set; }

    /// <summary>The publisher (<c>publisher</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("publisher")]
    public string Publisher { get; set; }

    /// <summary>The campaign (<c>campaign</c>, required).</summary>
    [JsonRequired]
    [JsonPropertyName("campaign")]
    public string Campaign { get; set; }
}
