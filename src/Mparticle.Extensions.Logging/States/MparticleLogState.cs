using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Mparticle.Extensions.Logging.States;

/// <summary>
/// The state our calls pass to <c>ILogger.Log</c>: the shape's keys with their values, then
/// <c>{OriginalFormat}</c> - the shape Serilog.Extensions.Logging turns into properties and a message
/// template, like <c>LoggerMessage.Define</c>'s. <see cref="ToString"/> is the readable text other providers print.
/// </summary>
/// <remarks>A struct like <c>LoggerMessage.Define</c>'s state: no allocation until a provider boxes or formats it.</remarks>
readonly struct MparticleLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The formatter passed with every state (cached: one delegate for the process).</summary>
    public static readonly Func<MparticleLogState, Exception?, string> Formatter = (state, _) => state.ToString();

    readonly LogShape _shape;

    public MparticleLogState(LogShape shape, object? first, object? second = null, object? third = null)
    {
        _shape = shape;
        First = first;
        Second = second;
        Third = third;
    }

    public object? First { get; }

    public object? Second { get; }

    public object? Third { get; }

    public int Count => _shape.Keys.Length + 1;

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            var keys = _shape.Keys;
            if (index == keys.Length)
                return new KeyValuePair<string, object?>(StateKeys.OriginalFormat, _shape.OriginalFormat);

            return index switch
            {
                0 => new KeyValuePair<string, object?>(keys[0], First),
                1 when keys.Length > 1 => new KeyValuePair<string, object?>(keys[1], Second),
                2 when keys.Length > 2 => new KeyValuePair<string, object?>(keys[2], Third),
                _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be between 0 and {keys.Length}."),
            };
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString()
    {
        var text = new StringBuilder(64);
        _shape.Append(text, First, Second, Third);
        return text.ToString();
    }
}
