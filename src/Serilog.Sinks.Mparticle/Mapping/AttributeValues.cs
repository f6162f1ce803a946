using System;
using Mparticle;
using Serilog.Events;
using Serilog.Sinks.Mparticle.Diagnostics;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Turns property values into attribute values, whatever they hold: scalars keep their JSON type (so does an
/// <see cref="AttributeValue"/>, however Serilog captured it), NaN and
/// infinities become text (counted), structures and sequences become their rendered text cut just past
/// the value limit (so the limit enforcer counts the trim), and a throwing <c>ToString()</c> leaves the
/// attribute out (counted) instead of failing the event.
/// </summary>
sealed class AttributeValues
{
    readonly SinkCounters _counters;

    public AttributeValues(SinkCounters counters)
    {
        _counters = counters;
    }

    public bool TryConvert(LogEventPropertyValue value, out AttributeValue result)
    {
        if (value is ScalarValue scalar)
            return TryConvertScalar(scalar.Value, out result);

        // An AttributeValue destructured without Destructure.MparticleValues(): a structure of its properties.
        if (value is StructureValue { TypeTag: nameof(AttributeValue) } structure
            && PropertyValues.Member(structure, "value") is ScalarValue held)
        {
            return TryConvertScalar(held.Value, out result);
        }

        return TryRender(value, out result);
    }

    public bool TryConvertScalar(object? value, out AttributeValue result)
    {
        if (value is string text)
        {
            result = text;
            return true;
        }

        switch (value)
        {
            // Captured as itself (Destructure.AsScalar): already a value mParticle can carry, NaN kept as text.
            case AttributeValue attribute:
                result = attribute;
                return true;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
            case float f when float.IsNaN(f) || float.IsInfinity(f):
                _counters.Increment(SinkCounter.OddValuesReplaced);
                result = AttributeValue.From(value);
                return true;
            case null or string or bool or int or long or decimal or double or float or short or byte or sbyte
                or ushort or uint or ulong:
                result = AttributeValue.From(value);
                return true;
        }

        try
        {
            result = ScalarText.Of(value);
            return true;
        }
#pragma warning disable CA1031 // A value's own ToString() may throw anything; the attribute is left out and counted.
        catch (Exception)
#pragma warning restore CA1031
        {
            _counters.Increment(SinkCounter.UnreadableValues);
            result = default;
            return false;
        }
    }

    /// <summary>Renders a non-scalar value as text, reading at most one character past the value limit.</summary>
    public bool TryRender(LogEventPropertyValue value, out AttributeValue result)
    {
        try
        {
            using var writer = new BoundedTextWriter(TextLimits.MaxValueLength + 1);
            value.Render(writer, format: null, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            result = writer.ToString();
            return true;
        }
#pragma warning disable CA1031 // Rendering calls values' own ToString(), which may throw anything.
        catch (Exception)
#pragma warning restore CA1031
        {
            _counters.Increment(SinkCounter.UnreadableValues);
            result = default;
            return false;
        }
    }
}
