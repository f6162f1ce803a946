using System;

namespace Mparticle;

/// <summary>The Events API hosts and paths.</summary>
internal static class MparticleEndpoints
{
    public const string Events = "events";
    public const string BulkEvents = "bulkevents";
    public const string HistoricalBulkEvents = "bulkevents/historical";

    public static string GetBaseUrl(MparticlePod pod) => pod switch
    {
        MparticlePod.US1 => "https://s2s.us1.mparticle.com/v2",
        MparticlePod.US2 => "https://s2s.us2.mparticle.com/v2",
        MparticlePod.EU1 => "https://s2s.eu1.mparticle.com/v2",
        MparticlePod.AU1 => "https://s2s.au1.mparticle.com/v2",
        _ => throw new ArgumentOutOfRangeException(nameof(pod), pod, "The pod must be US1, US2, EU1 or AU1."),
    };

    /// <summary>The base URI with a trailing slash, so relative paths resolve below <c>/v2</c>.</summary>
    public static Uri ResolveBaseUri(string? baseUrl, MparticlePod pod)
    {
        var text = baseUrl ?? GetBaseUrl(pod);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("BaseUrl must be an absolute http or https URL such as https://s2s.us1.mparticle.com/v2, not '" + text + "'.", nameof(baseUrl));
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Credentials in the URL would end up in exception messages and traces; they belong in ApiKey/ApiSecret.
            throw new ArgumentException("BaseUrl must not contain credentials; set ApiKey and ApiSecret instead.", nameof(baseUrl));
        }

        return uri.AbsoluteUri[uri.AbsoluteUri.Length - 1] == '/' ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
