using System;
using System.Collections.Generic;
using System.Text;

namespace Mparticle.Testing;

/// <summary>
/// One request as the receiver saw it and answered it. Every request is counted in
/// <see cref="MparticleReceiver.Statistics"/>; the first <see cref="MparticleReceiverOptions.MaxRetainedRequests"/>
/// are kept as records.
/// </summary>
public sealed class ReceivedRequest
{
    private byte[]? _body;

    internal ReceivedRequest(string method, string path, IReadOnlyDictionary<string, string> headers, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Headers = headers;
        ReceivedAt = receivedAt;
    }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request path, e.g. <c>/v2/bulkevents</c>.</summary>
    public string Path { get; }

    /// <summary>The request headers (names case-insensitive); the <c>Authorization</c> value is redacted.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>When the request arrived, by <see cref="MparticleReceiverOptions.TimeProvider"/>.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The API key of valid credentials, or null when the request was not authenticated.</summary>
    public string? ApiKey { get; internal set; }

    /// <summary>The size of the body in bytes, as far as it was read (0 when it was not read).</summary>
    public long Bytes { get; internal set; }

    /// <summary>The status answered; 0 when the connection was dropped on purpose.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>How long the receiver took, including any delay it was told to add.</summary>
    public TimeSpan Duration { get; internal set; }

    /// <summary>The message of a 400 answer, or a lenient-mode note on invalid batches; otherwise null.</summary>
    public string? Error { get; internal set; }

    /// <summary>The fault shown to this request (see <see cref="ReceiverFault.ToString"/>), or null.</summary>
    public string? Fault { get; internal set; }

    /// <summary>Batches in the body, when it was inspected.</summary>
    public int BatchCount { get; internal set; }

    /// <summary>Batches accepted and recorded (not duplicates, not skipped, not invalid).</summary>
    public int AcceptedBatchCount { get; internal set; }

    /// <summary>Batches acknowledged but not recorded because their <c>source_request_id</c> was seen before for the API key.</summary>
    public int DuplicateCount { get; internal set; }

    /// <summary>Batches that <c>/v2/bulkevents/historical</c> skipped: no events, an untimed event, or an event under 72 hours old.</summary>
    public int SkippedBatchCount { get; internal set; }

    /// <summary>Batches that failed validation in lenient mode (acknowledged with 202, not recorded).</summary>
    public int InvalidBatchCount { get; internal set; }

    /// <summary>Events in the accepted batches.</summary>
    public int EventCount { get; internal set; }

    /// <summary>The body as UTF-8 text, or null when it was not kept (see <see cref="MparticleReceiverOptions.MaxRetainedBodyBytes"/>).</summary>
    public string? Body => _body is null ? null : Encoding.UTF8.GetString(_body);

    internal byte[]? BodyBytes
    {
        get => _body;
        set => _body = value;
    }
}
