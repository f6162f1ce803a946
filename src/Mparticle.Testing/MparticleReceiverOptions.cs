using System;
using System.Collections.Generic;
using Mparticle.Testing.Inspection;

namespace Mparticle.Testing;

/// <summary>Settings of a <see cref="MparticleReceiver"/>. Every setting has a default, so <c>new()</c> is a working receiver.</summary>
public sealed class MparticleReceiverOptions
{
    /// <summary>The default of <see cref="MaxRetainedRequests"/>: 100,000 request records.</summary>
    public const int DefaultMaxRetainedRequests = 100_000;

    /// <summary>The default of <see cref="MaxRetainedBatches"/>: 100,000 batches.</summary>
    public const int DefaultMaxRetainedBatches = 100_000;

    /// <summary>The default of <see cref="MaxRetainedBodyBytes"/>: 16,000,000 bytes of request bodies.</summary>
    public const long DefaultMaxRetainedBodyBytes = 16_000_000;

    /// <summary>The default of <see cref="MaxRememberedRequestIds"/>: 1,000,000 ids, an hour at mParticle's default limit of 270 batches per second.</summary>
    public const int DefaultMaxRememberedRequestIds = 1_000_000;

    /// <summary>The TCP port on 127.0.0.1; 0 (the default) picks a free port. Read the chosen one from <see cref="MparticleReceiver.BaseUrl"/>.</summary>
    public int Port { get; set; }

    /// <summary>The API key that requests must present (Basic auth user name). When both key and secret are null (the default),
    /// any key and secret are accepted, but a request without credentials is still answered 401.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API secret that requests must present (Basic auth password). Set it together with <see cref="ApiKey"/>.</summary>
    public string? ApiSecret { get; set; }

    /// <summary>How strictly batches are validated. The default is <see cref="ReceiverValidation.Strict"/>.</summary>
    public ReceiverValidation Validation { get; set; } = ReceiverValidation.Strict;

    /// <summary>A limit of batches per second answered with 429 and <c>Retry-After</c> when exceeded (mParticle's default is 270),
    /// and reported on each 202 in <c>X-mp-rate-limit-percentage-used</c>; null (the default) for no limit and no usage header. It can be changed later with <see cref="FaultPlan.LimitRate"/>.</summary>
    public int? BatchesPerSecondLimit { get; set; }

    /// <summary>A file to which every request is appended as one JSON line (time, path, status, counts, error, and the
    /// body when it is JSON); null (the default) for none. The file is replaced at start.</summary>
    public string? JsonlPath { get; set; }

    /// <summary>How many request records <see cref="MparticleReceiver.Requests"/> keeps (the first ones); later requests are
    /// only counted. The default is <see cref="DefaultMaxRetainedRequests"/>.</summary>
    public int MaxRetainedRequests { get; set; } = DefaultMaxRetainedRequests;

    /// <summary>How many accepted batches <see cref="MparticleReceiver.Batches"/> keeps (the first ones); later batches are
    /// only counted. The default is <see cref="DefaultMaxRetainedBatches"/>.</summary>
    public int MaxRetainedBatches { get; set; } = DefaultMaxRetainedBatches;

    /// <summary>How many bytes of request bodies the request records keep in total, so a long benchmark does not exhaust
    /// memory; 0 keeps none. The default is <see cref="DefaultMaxRetainedBodyBytes"/> bytes.</summary>
    public long MaxRetainedBodyBytes { get; set; } = DefaultMaxRetainedBodyBytes;

    /// <summary>
    /// How many <c>source_request_id</c>s (per API key) are remembered for de-duplication; beyond it the oldest are forgotten
    /// first (counted in <see cref="ReceiverStatistics.ForgottenRequestIdCount"/>), and a batch repeating a forgotten id is
    /// recorded again. mParticle remembers ids for 30 to 60 days; a client retries within minutes, so the newest ids are
    /// the ones that matter, and the cap keeps a long benchmark from exhausting memory (an id costs about 150 bytes).
    /// 0 remembers none: nothing is a duplicate. The default is <see cref="DefaultMaxRememberedRequestIds"/>.
    /// </summary>
    public int MaxRememberedRequestIds { get; set; } = DefaultMaxRememberedRequestIds;

    /// <summary>The clock of request times, the one-second windows of the rate limit and the 72-hour rule of the historical
    /// endpoint. Delays and waits use real time. The default is <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Called after each request is answered, with the batches it accepted (the command's console output).</summary>
    internal Action<ReceivedRequest, IReadOnlyList<ScannedBatch>>? OnRequest { get; set; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be from 0 (any free port) to 65535.");
        }

        if ((ApiKey is null) != (ApiSecret is null))
        {
            throw new ArgumentException("Set both ApiKey and ApiSecret, or neither to accept any credentials.", nameof(ApiKey));
        }

        if (BatchesPerSecondLimit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchesPerSecondLimit), BatchesPerSecondLimit, "The limit must be 1 batch per second or more, or null for none.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetainedRequests, nameof(MaxRetainedRequests));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetainedBatches, nameof(MaxRetainedBatches));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetainedBodyBytes, nameof(MaxRetainedBodyBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRememberedRequestIds, nameof(MaxRememberedRequestIds));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
