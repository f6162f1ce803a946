using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Mparticle.Testing.Handling;

/// <summary>
/// HTTP Basic authentication as the Events API does it (spec §2, §3.1): key = user name, secret = password, UTF-8.
/// A missing header is 401, present but wrong or unreadable is 403.
/// </summary>
internal sealed class BasicAuthenticator
{
    private const int MaxRememberedHeaders = 1024;

    private readonly string? _apiKey;
    private readonly byte[]? _expectedCredentials;
    private readonly string? _expectedHeader;

    // When any credentials are accepted, decoded headers are remembered so a client's steady header costs a lookup.
    private readonly ConcurrentDictionary<string, string> _acceptedKeys = new(StringComparer.Ordinal);

    public BasicAuthenticator(string? apiKey, string? apiSecret)
    {
        if (apiKey is not null && apiSecret is not null)
        {
            _apiKey = apiKey;
            _expectedCredentials = Encoding.UTF8.GetBytes(apiKey + ":" + apiSecret);
            _expectedHeader = "Basic " + Convert.ToBase64String(_expectedCredentials);
        }
    }

    /// <summary>Checks an <c>Authorization</c> header value.</summary>
    /// <returns>(0, key) when accepted; (401, null) or (403, null) otherwise.</returns>
    public (int Status, string? ApiKey) Authenticate(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return (401, null);
        }

        if (_expectedHeader is not null)
        {
            if (string.Equals(header, _expectedHeader, StringComparison.Ordinal))
            {
                return (0, _apiKey);
            }

            // Same credentials written differently (scheme case, spacing): decode and compare in constant time.
            return Decode(header) is { } credentials && CryptographicOperations.FixedTimeEquals(credentials, _expectedCredentials)
                ? (0, _apiKey)
                : (403, null);
        }

        if (_acceptedKeys.TryGetValue(header, out var known))
        {
            return (0, known);
        }

        var decoded = Decode(header);
        var colon = decoded is null ? -1 : Array.IndexOf(decoded, (byte)':');
        if (colon <= 0)
        {
            return (403, null);
        }

        var key = Encoding.UTF8.GetString(decoded!, 0, colon);
        if (_acceptedKeys.Count < MaxRememberedHeaders)
        {
            _acceptedKeys.TryAdd(header, key);
        }

        return (0, key);
    }

    private static byte[]? Decode(string header)
    {
        var value = header.AsSpan().Trim();
        if (!value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var encoded = value[6..].Trim();
        var bytes = new byte[(encoded.Length * 3 / 4) + 3];
        return Convert.TryFromBase64Chars(encoded, bytes, out var written) ? bytes.AsSpan(0, written).ToArray() : null;
    }
}
