using System;
using System.Globalization;
using System.Text.Json;

namespace Mparticle;

/// <summary>
/// The value of an event attribute or custom flag: <c>null</c>, a string, a boolean, an integer or a
/// number. It converts implicitly from <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="double"/> and <see cref="decimal"/>, so
/// <c>CustomAttributes = { ["plan"] = "gold", ["seats"] = 3 }</c> just works; <see cref="From(object?)"/>
/// takes any other scalar.
/// </summary>
/// <remarks>
/// The value is written to JSON as the primitive it holds, without boxing or intermediate strings.
/// Integers stay exact above 2^53 and decimals keep their digits. JSON has no NaN or infinity, so a
/// non-finite double is kept as its text (<c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>).
/// </remarks>
public readonly struct AttributeValue : IEquatable<AttributeValue>
{
    private readonly string? _string;
    private readonly long _bits; // bool (0/1), long, or the bits of a double
    private readonly decimal _decimal;

    private AttributeValue(AttributeValueKind kind, string? text, long bits, decimal number)
    {
        Kind = kind;
        _string = text;
        _bits = bits;
        _decimal = number;
    }

    /// <summary>The JSON <c>null</c> value (the same as <c>default(AttributeValue)</c>).</summary>
    public static AttributeValue Null => default;

    /// <summary>What this value holds. Never <see cref="AttributeValueKind.List"/>.</summary>
    public AttributeValueKind Kind { get; }

    /// <summary>Whether this is the JSON <c>null</c> value.</summary>
    public bool IsNull => Kind == AttributeValueKind.Null;

    /// <summary>
    /// The value as the .NET object it holds: <see langword="null"/>, a <see cref="string"/>, a <see cref="bool"/>,
    /// a <see cref="long"/>, a <see cref="decimal"/> or a <see cref="double"/> (boxed on each read). Loggers that
    /// capture a value by its properties, as Serilog's <c>{@Value}</c> does, find the value here, not only its kind.
    /// </summary>
    public object? Value => Kind switch
    {
        AttributeValueKind.String => _string,
        AttributeValueKind.Boolean => _bits != 0,
        AttributeValueKind.Integer => _bits,
        AttributeValueKind.Decimal => _decimal,
        AttributeValueKind.Double => BitConverter.Int64BitsToDouble(_bits),
        _ => null,
    };

    /// <summary>A string value; <see langword="null"/> gives <see cref="Null"/>.</summary>
    /// <param name="value">The string.</param>
    public static implicit operator AttributeValue(string? value) =>
        value is null ? default : new AttributeValue(AttributeValueKind.String, value, 0, 0m);

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public static implicit operator AttributeValue(bool value) =>
        new(AttributeValueKind.Boolean, null, value ? 1 : 0, 0m);

    /// <summary>An integer value.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator AttributeValue(int value) =>
        new(AttributeValueKind.Integer, null, value, 0m);

    /// <summary>An integer value, written exactly.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator AttributeValue(long value) =>
        new(AttributeValueKind.Integer, null, value, 0m);

    /// <summary>A decimal value, written exactly.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator AttributeValue(decimal value) =>
        new(AttributeValueKind.Decimal, null, 0, value);

    /// <summary>A double value; NaN and infinities are kept as their text because JSON cannot express them.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator AttributeValue(double value) =>
        IsFinite(value)
            ? new AttributeValue(AttributeValueKind.Double, null, BitConverter.DoubleToInt64Bits(value), 0m)
            : new AttributeValue(AttributeValueKind.String, value.ToString(CultureInfo.InvariantCulture), 0, 0m);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(AttributeValue left, AttributeValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(AttributeValue left, AttributeValue right) => !left.Equals(right);

    /// <summary>A string value (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The string; <see langword="null"/> gives <see cref="Null"/>.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromString(string? value) => value;

    /// <summary>
    /// The attribute value of any scalar: <see langword="null"/>, strings, booleans, every integer type
    /// (an <see cref="ulong"/> above <see cref="long.MaxValue"/> becomes a decimal), <see cref="double"/> and
    /// <see cref="decimal"/> become themselves, a <see cref="float"/> a double, a <see cref="char"/> a string; an <see cref="AttributeValue"/>
    /// is returned unchanged; anything else becomes its invariant-culture text
    /// (<see cref="IFormattable"/> with the round-trip format for dates, otherwise <see cref="object.ToString"/>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue From(object? value) => value switch
    {
        null => default,
        AttributeValue attribute => attribute,
        string text => text,
        bool flag => flag,
        int number => number,
        long number => number,
        decimal number => number,
        double number => number,
        float number => (double)number,
        short number => (long)number,
        byte number => (long)number,
        sbyte number => (long)number,
        ushort number => (long)number,
        uint number => (long)number,
        ulong number => number <= long.MaxValue ? (long)number : (decimal)number,
        char character => character.ToString(),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Gets the string this value holds.</summary>
    /// <param name="value">The string, when this value is a string.</param>
    /// <returns>Whether this value is a string.</returns>
    public bool TryGetString(out string value)
    {
        value = _string ?? string.Empty;
        return Kind == AttributeValueKind.String;
    }

    /// <summary>Gets the boolean this value holds.</summary>
    /// <param name="value">The boolean, when this value is one.</param>
    /// <returns>Whether this value is a boolean.</returns>
    public bool TryGetBoolean(out bool value)
    {
        value = Kind == AttributeValueKind.Boolean && _bits != 0;
        return Kind == AttributeValueKind.Boolean;
    }

    /// <summary>Gets the integer this value holds.</summary>
    /// <param name="value">The integer, when this value is one.</param>
    /// <returns>Whether this value is an integer.</returns>
    public bool TryGetInt64(out long value)
    {
        value = Kind == AttributeValueKind.Integer ? _bits : 0;
        return Kind == AttributeValueKind.Integer;
    }

    /// <summary>Gets this value as a decimal, when it is an integer or a decimal.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Whether this value is an integer or a decimal.</returns>
    public bool TryGetDecimal(out decimal value)
    {
        value = Kind switch
        {
            AttributeValueKind.Decimal => _decimal,
            AttributeValueKind.Integer => _bits,
            _ => 0m,
        };
        return Kind is AttributeValueKind.Decimal or AttributeValueKind.Integer;
    }

    /// <summary>Gets this value as a double, when it is a number of any kind.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Whether this value is a number.</returns>
    public bool TryGetDouble(out double value)
    {
        value = Kind switch
        {
            AttributeValueKind.Double => BitConverter.Int64BitsToDouble(_bits),
            AttributeValueKind.Decimal => (double)_decimal,
            AttributeValueKind.Integer => _bits,
            _ => 0d,
        };
        return Kind is AttributeValueKind.Double or AttributeValueKind.Decimal or AttributeValueKind.Integer;
    }

    /// <summary>
    /// The value's text: the string itself, <c>true</c>/<c>false</c>, a number in invariant culture
    /// (as JSON writes it), or an empty string for <c>null</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        AttributeValueKind.String => _string!,
        AttributeValueKind.Boolean => _bits != 0 ? "true" : "false",
        AttributeValueKind.Integer => _bits.ToString(CultureInfo.InvariantCulture),
        AttributeValueKind.Decimal => _decimal.ToString(CultureInfo.InvariantCulture),
        AttributeValueKind.Double => BitConverter.Int64BitsToDouble(_bits).ToString("R", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(AttributeValue other) =>
        Kind == other.Kind && _bits == other._bits && _decimal == other._decimal && string.Equals(_string, other._string, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AttributeValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        ((int)Kind * 397) ^ _bits.GetHashCode() ^ _decimal.GetHashCode() ^ (_string is null ? 0 : StringComparer.Ordinal.GetHashCode(_string));

    /// <summary>Writes the value as the JSON primitive it holds.</summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case AttributeValueKind.String: writer.WriteStringValue(_string); break;
            case AttributeValueKind.Boolean: writer.WriteBooleanValue(_bits != 0); break;
            case AttributeValueKind.Integer: writer.WriteNumberValue(_bits); break;
            case AttributeValueKind.Decimal: writer.WriteNumberValue(_decimal); break;
            case AttributeValueKind.Double: writer.WriteNumberValue(BitConverter.Int64BitsToDouble(_bits)); break;
            default: writer.WriteNullValue(); break;
        }
    }

    /// <summary>Reads a JSON scalar; anything else is a <see cref="JsonException"/>.</summary>
    internal static AttributeValue Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return default;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var integer)) return integer;
                if (reader.TryGetDecimal(out var number)) return number;
                return reader.GetDouble();
            default:
                throw new JsonException($"Expected a string, number, boolean or null attribute value, not {reader.TokenType}.");
        }
    }

    // double.IsFinite does not exist on netstandard2.0.
    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
