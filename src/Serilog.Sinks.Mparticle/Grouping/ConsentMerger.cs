using Mparticle;

namespace Serilog.Sinks.Mparticle.Grouping;

/// <summary>
/// Merges the consent of one user's log events into one <c>consent_state</c>: purposes add up, and for the same
/// purpose the latest timestamp wins (the later log event on a tie).
/// </summary>
sealed class ConsentMerger
{
    ConsentState? _merged;

    public void Add(ConsentState? consent)
    {
        if (consent is null)
            return;

        _merged ??= new ConsentState();
        foreach (var purpose in consent.Gdpr)
        {
            if (!_merged.Gdpr.TryGetValue(purpose.Key, out var current) || IsNotOlder(purpose.Value, current))
                _merged.Gdpr[purpose.Key] = purpose.Value;
        }

        if (consent.Ccpa is { } ccpa && (_merged.Ccpa is null || IsNotOlder(ccpa, _merged.Ccpa)))
            _merged.Ccpa = ccpa;
    }

    /// <summary>The merged consent, or <c>null</c> when no log event carried any.</summary>
    public ConsentState? Result => _merged is { Gdpr.Count: > 0 } or { Ccpa: not null } ? _merged : null;

    static bool IsNotOlder(ConsentPurposeState candidate, ConsentPurposeState current) =>
        (candidate.TimestampUnixtimeMs ?? long.MinValue) >= (current.TimestampUnixtimeMs ?? long.MinValue);
}
