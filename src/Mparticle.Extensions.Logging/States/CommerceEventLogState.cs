using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Mparticle.Extensions.Logging.Payloads;
using Mparticle.Extensions.Logging.Text;

namespace Mparticle.Extensions.Logging.States;

/// <summary>
/// The state of <c>LogCommerceEvent(CommerceEvent)</c>: the whole event as <c>@MpCommerceEvent</c> (the sink
/// reads its product action, promotion action, impressions, cart, currency, screen name, non-interactive flag,
/// name and the shared event fields: timestamp, location, device state, ...), plus the fields of the event the
/// sink reads from their own properties: attributes and custom flags (a destructured <see cref="AttributeValue"/>
/// may keep only its kind), source message id and session. Present values only; <c>{OriginalFormat}</c> last.
/// </summary>
sealed class CommerceEventLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    // The payload is a structure with dozens of members: the template leaves it to the properties.
    const string Format = "mParticle commerce event";
    const string FormatWithAttributes = $"{Format} {{@{MparticleProperties.MpAttributes}}}";

    // The most pairs one state holds: kind, event, attributes, flags, message id, session, template.
    const int MaxPairs = 7;

    public static readonly Func<CommerceEventLogState, Exception?, string> Formatter = (state, _) => state.ToString();

    readonly KeyValuePair<string, object?>[] _pairs = new KeyValuePair<string, object?>[MaxPairs];
    readonly CommerceEvent _event;
    readonly Dictionary<string, object?>? _attributes;

    public CommerceEventLogState(CommerceEvent commerceEvent)
    {
        _event = commerceEvent;
        Add(StateKeys.EventType, MparticleEventKinds.CommerceEvent);
        Add(StateKeys.CommerceEvent, commerceEvent);

        _attributes = Dictionaries.ToPayload(commerceEvent.CustomAttributes);
        if (_attributes is not null)
            Add(StateKeys.Attributes, _attributes);
        if (Dictionaries.ToPayload(commerceEvent.CustomFlags) is { } flags)
            Add(StateKeys.CustomFlags, flags);
        if (commerceEvent.SourceMessageId is { Length: > 0 } messageId)
            Add(StateKeys.SourceMessageId, messageId);

        // The sink reads text as session_uuid and an integer as session_id.
        if (commerceEvent.SessionUuid is { Length: > 0 } sessionUuid)
            Add(StateKeys.SessionId, sessionUuid);
        else if (commerceEvent.SessionId is { } sessionId)
            Add(StateKeys.SessionId, sessionId);

        Add(StateKeys.OriginalFormat, _attributes is null ? Format : FormatWithAttributes);
    }

    public int Count { get; private set; }

    public KeyValuePair<string, object?> this[int index] =>
        index >= 0 && index < Count
            ? _pairs[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be between 0 and {Count - 1}.");

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return _pairs[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        var text = new StringBuilder(64).Append("mParticle commerce event ");
        return CommerceText.Append(text, _event).Pairs(_attributes).ToString();
    }

    void Add(string key, object? value) => _pairs[Count++] = new KeyValuePair<string, object?>(key, value);
}
