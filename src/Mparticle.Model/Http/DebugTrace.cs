using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using Mparticle.Compat;

namespace Mparticle;

/// <summary>
/// The opt-in request/response trace of <see cref="Configuration.Debug"/>. The Authorization header is
/// replaced by a placeholder and every line is passed through <see cref="Credentials.Redact"/> as well.
/// </summary>
internal sealed class DebugTrace
{
    /// <summary>Bodies longer than this are cut in the trace (a full request can be 256 KB).</summary>
    internal const int MaxBodyChars = 16_000;

    private readonly Action<string> _writer;
    private readonly Credentials _credentials;

    public DebugTrace(Action<string> writer, Credentials credentials)
    {
        _writer = writer;
        _credentials = credentials;
    }

    public void Request(HttpRequestMessage request, ReadOnlyMemory<byte> body, int attempt)
    {
        var text = new StringBuilder();
        text.Append("mParticle request (attempt ").Append(attempt.ToString(CultureInfo.InvariantCulture)).Append("): ")
            .Append(request.Method.Method).Append(' ').Append(request.RequestUri).AppendLine();
        AppendHeaders(text, request.Headers);
        if (request.Content is not null)
        {
            AppendHeaders(text, request.Content.Headers);
        }

        AppendBody(text, body.Span);
        Write(text);
    }

    public void Response(HttpResponseMessage response, byte[] body, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append("mParticle response: ").Append(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(response.ReasonPhrase).Append(" in ").Append(elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)).Append(" ms").AppendLine();
        AppendHeaders(text, response.Headers);
        AppendHeaders(text, response.Content.Headers);
        AppendBody(text, body);
        Write(text);
    }

    public void Note(string message) => _writer(_credentials.Redact("mParticle: " + message));

    private void Write(StringBuilder text) => _writer(_credentials.Redact(text.ToString()));

    private static void AppendHeaders(StringBuilder text, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        foreach (var header in headers)
        {
            text.Append("  ").Append(header.Key).Append(": ");
            if (string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)
                || string.Equals(header.Key, "Proxy-Authorization", StringComparison.OrdinalIgnoreCase))
            {
                text.Append(Credentials.RedactedHeader);
            }
            else
            {
                text.Append(string.Join(", ", header.Value));
            }

            text.AppendLine();
        }
    }

    private static void AppendBody(StringBuilder text, ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            text.Append("  (no body)");
            return;
        }

        var decoded = Utf8Text.GetString(body);
        if (decoded.Length > MaxBodyChars)
        {
            text.Append("  ").Append(decoded, 0, MaxBodyChars)
                .Append("… (").Append((decoded.Length - MaxBodyChars).ToString(CultureInfo.InvariantCulture)).Append(" more characters)");
        }
        else
        {
            text.Append("  ").Append(decoded);
        }
    }
}
