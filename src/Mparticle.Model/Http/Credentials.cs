using System;
using System.Net.Http.Headers;
using System.Text;

namespace Mparticle;

/// <summary>
/// The Basic-auth header and the knowledge needed to keep the secret out of every text we produce
/// (exception messages, the debug trace). Deliberately has no <c>ToString</c> that could reveal anything.
/// </summary>
internal sealed class Credentials
{
    private const string Redacted = "(redacted)";
    private readonly string _secret;
    private readonly string _token;

    public Credentials(string apiKey, string apiSecret)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            throw new ArgumentException("Configuration.ApiKey is required: the API key of an mParticle input or feed.", nameof(apiKey));
        }

        if (string.IsNullOrEmpty(apiSecret))
        {
            throw new ArgumentException("Configuration.ApiSecret is required: the API secret of an mParticle input or feed.", nameof(apiSecret));
        }

        _secret = apiSecret;

        // mParticle specifies UTF-8 (the official .NET SDK used ASCII, which mangles non-ASCII secrets).
        _token = Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey + ":" + apiSecret));
    }

    /// <summary>A fresh header value per request: <c>AuthenticationHeaderValue</c> is mutable and not shared.</summary>
    public AuthenticationHeaderValue CreateHeader() => new("Basic", _token);

    /// <summary>The value the debug trace shows instead of the Authorization header.</summary>
    public static string RedactedHeader => "Basic " + Redacted;

    /// <summary>Removes the secret and the Basic token from a text that may echo them (a proxy's error page, say).</summary>
    public string Redact(string text)
    {
        if (text.Contains(_token))
        {
            text = text.Replace(_token, Redacted);
        }

        if (text.Contains(_secret))
        {
            text = text.Replace(_secret, Redacted);
        }

        return text;
    }
}
