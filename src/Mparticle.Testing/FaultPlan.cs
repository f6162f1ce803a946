using System;
using System.Collections.Generic;
using System.Threading;
using Mparticle.Testing.Faults;

namespace Mparticle.Testing;

/// <summary>
/// The faults a receiver shows, scriptable per test: faults for the next N requests (in order), faults with a
/// probability under a fixed seed, 400s for requests holding a given text (<see cref="RefuseContent"/>), and a limit
/// of batches per second answered with 429 and <c>Retry-After</c>.
/// Faults apply to authenticated requests to the Events API paths. Methods return the plan, so calls chain.
/// Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly List<(ReceiverFault Fault, int Remaining)> _next = [];
    private readonly List<(ReceiverFault Fault, double Probability, Random Random)> _random = [];
    private readonly List<(byte[] Text, string Message)> _refusals = [];
    private readonly BatchRateMeter _meter;

    // Read without the lock on every request: when nothing is scripted, taking a fault costs one volatile read.
    private volatile bool _armed;
    private volatile bool _refusing;

    internal FaultPlan(BatchRateMeter meter) => _meter = meter;

    /// <summary>The batches-per-second limit in force, or null when there is none.</summary>
    public int? BatchesPerSecondLimit => _meter.Limit;

    /// <summary>Shows <paramref name="fault"/> to the next <paramref name="count"/> requests, after any already scheduled.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="count">How many requests get it; 1 or more. The default is 1.</param>
    /// <returns>This plan.</returns>
    public FaultPlan Next(ReceiverFault fault, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            _next.Add((fault, count));
            _armed = true;
        }

        return this;
    }

    /// <summary>
    /// Shows <paramref name="fault"/> to each request with probability <paramref name="probability"/>, drawn from a
    /// random sequence seeded with <paramref name="seed"/> (the same seed and request order give the same faults).
    /// Faults scheduled with <see cref="Next"/> are served first; several random faults are tried in the order added.
    /// </summary>
    /// <param name="fault">The fault.</param>
    /// <param name="probability">From 0 to 1.</param>
    /// <param name="seed">The seed of the random sequence.</param>
    /// <returns>This plan.</returns>
    public FaultPlan WithProbability(ReceiverFault fault, double probability, int seed)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must be from 0 to 1.");
        }

        lock (_gate)
        {
#pragma warning disable CA5394 // Not security: a reproducible fault sequence is the point.
            _random.Add((fault, probability, new Random(seed)));
#pragma warning restore CA5394
            _armed = true;
        }

        return this;
    }

    /// <summary>
    /// Limits throughput to <paramref name="batchesPerSecond"/> batches per one-second window (mParticle's default is
    /// 270); a request that would pass it is answered 429 with <c>Retry-After</c> (whole seconds to the next window) and
    /// <c>X-mp-rate-limit-exceeded: org</c>, and an admitted one gets <c>X-mp-rate-limit-percentage-used</c>, the share of
    /// the window's limit used. The first request of a window is always admitted. Null removes the limit (and the usage header).
    /// </summary>
    /// <param name="batchesPerSecond">1 or more, or null for no limit.</param>
    /// <returns>This plan.</returns>
    public FaultPlan LimitRate(int? batchesPerSecond)
    {
        if (batchesPerSecond is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchesPerSecond), batchesPerSecond, "The limit must be 1 batch per second or more, or null for none.");
        }

        _meter.Limit = batchesPerSecond;
        return this;
    }

    /// <summary>
    /// Answers <c>400 BAD_REQUEST</c> with <paramref name="message"/> to every request whose body contains
    /// <paramref name="text"/> (compared with the raw UTF-8 bytes, so JSON escapes are not undone), as mParticle
    /// refuses a request holding data it finds invalid; other requests are answered as usual. It lasts until
    /// <see cref="Clear"/>. For testing how a client finds and drops the bad data in a refused bulk request.
    /// </summary>
    /// <param name="text">The text that makes a request bad, such as a marker in an event name; not empty.</param>
    /// <param name="message">The error message of the answer; the default says which text was found.</param>
    /// <returns>This plan.</returns>
    public FaultPlan RefuseContent(string text, string? message = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        lock (_gate)
        {
            _refusals.Add((System.Text.Encoding.UTF8.GetBytes(text), message ?? "The request holds refused content '" + text + "'."));
            _refusing = true;
        }

        return this;
    }

    /// <summary>Removes every scheduled and random fault, every content refusal and the rate limit.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _next.Clear();
            _random.Clear();
            _refusals.Clear();
            _armed = false;
            _refusing = false;
        }

        _meter.Limit = null;
    }

    /// <summary>The message of the first content refusal that <paramref name="body"/> matches, or null.</summary>
    internal string? RefusalFor(ReadOnlySpan<byte> body)
    {
        if (!_refusing)
        {
            return null;
        }

        lock (_gate)
        {
            foreach (var (text, message) in _refusals)
            {
                if (body.IndexOf(text) >= 0)
                {
                    return message;
                }
            }

            return null;
        }
    }

    /// <summary>The fault for the request arriving now, or null.</summary>
    internal ReceiverFault? Take()
    {
        if (!_armed)
        {
            return null;
        }

        lock (_gate)
        {
            if (_next.Count > 0)
            {
                var head = _next[0];
                if (head.Remaining == 1)
                {
                    _next.RemoveAt(0);
                    _armed = _next.Count > 0 || _random.Count > 0;
                }
                else
                {
                    _next[0] = (head.Fault, head.Remaining - 1);
                }

                return head.Fault;
            }

            foreach (var (fault, probability, random) in _random)
            {
                if (random.NextDouble() < probability)
                {
                    return fault;
                }
            }

            return null;
        }
    }
}
