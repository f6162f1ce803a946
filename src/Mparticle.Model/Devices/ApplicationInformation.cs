using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The application (<c>application_info</c>).</summary>
public sealed class ApplicationInformation
{
    private Dictionary<string, IDictionary<string, string>>? _appleSearchAdsAttributes;

    /// <summary>The application name (<c>application_name</c>).</summary>
    [JsonPropertyName("application_name")]
    public string? ApplicationName { get; set; }

    /// <summary>The application version (<c>application_version</c>).</summary>
    [JsonPropertyName("application_version")]
    public string? ApplicationVersion { get; set; }

    /// <summary>The build number (<c>application_build_number</c>).</summary>
    [JsonPropertyName("application_build_number")]
    public string? ApplicationBuildNumber { get; set; }

    /// <summary>The Play Store install referrer (<c>install_referrer</c>).</summary>
    [JsonPropertyName("install_referrer")]
    public string? InstallReferrer { get; set; }

    /// <summary>The package name (<c>package</c>).</summary>
    [JsonPropertyName("package")]
    public string? Package { get; set; }

    /// <summary>The operating system (<c>os</c>).</summary>
    [JsonPropertyName("os")]
    public ApplicationOs? Os { get; set; }

    /// <summary>Apple Search Ads attribution by version key, e.g. <c>version3.1</c> (<c>apple_search_ads_attributes</c>); created on first use and omitted when empty.</summary>
    [JsonIgnore]
    public IDictionary<string, IDictionary<string, string>> AppleSearchAdsAttributes =>
        _appleSearchAdsAttributes ??= new Dictionary<string, IDictionary<string, string>>();

    [JsonInclude]
    [JsonPropertyName("apple_search_ads_attributes")]
    internal Dictionary<string, IDictionary<string, string>>? AppleSearchAdsAttributesOrNull
    {
        get => _appleSearchAdsAttributes is { Count: > 0 } ? _appleSearchAdsAttributes : null;
        set => _appleSearchAdsAttributes = value;
    }
}
