using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Mparticle;

/// <summary>
/// The value of a user attribute: everything an <see cref="AttributeValue"/> holds, or a list of
/// strings (mParticle allows up to 1000 entries of up to 512 characters each).
/// </summary>
/// <remarks>A given attribute should not switch between a scalar and a list.</remarks>
public readonly struct UserAttributeValue : IEquatable<UserAttributeValue>
{
    private readonly AttributeValue _scalar;
    private readonly IReadOnlyList<string>? _list;

    private UserAttributeValue(AttributeValue scalar, IReadOnlyList<string>? list)
    {
        _scalar = scalar;
        _list = list;
    }

    /// <summary>The JSON <c>null</c> value (the same as <c>default(UserAttributeValue)</c>).</summary>
    public static UserAttributeValue Null => default;

    /// <summary>What this value holds.</summary>
    public AttributeValueKind Kind => _list is null ? _scalar.Kind : AttributeValueKind.List;

    /// <summary>Whether this is the JSON <c>null</c> value.</summary>
    public bool IsNull => Kind == AttributeValueKind.Null;

    /// <summary>A scalar value.</summary>
    /// <param name="value">The scalar.</param>
    public static implicit operator UserAttributeValue(AttributeValue value) => new(value, null);

    /// <summary>A string value; <see langword="null"/> gives <see cref="Null"/>.</summary>
    /// <param name="value">The string.</param>
    public static implicit operator UserAttributeValue(string? value) => new(value, null);

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public static implicit operator UserAttributeValue(bool value) => new(value, null);

    /// <summary>An integer value.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator UserAttributeValue(int value) => new(value, null);

    /// <summary>An integer value, written exactly.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator UserAttributeValue(long value) => new(value, null);

    /// <summary>A decimal value, written exactly.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator UserAttributeValue(decimal value) => new(value, null);

    /// <summary>A double value (see <see cref="AttributeValue"/> for NaN and infinities).</summary>
    /// <param name="value">The number.</param>
    public static implicit operator UserAttributeValue(double value) => new(value, null);

    /// <summary>A list of strings (copied).</summary>
    /// <param name="values">The strings.</param>
    public static implicit operator UserAttributeValue(string[] values) => FromList(values);

    /// <summary>A list of strings (copied).</summary>
    /// <param name="values">The strings.</param>
    public static implicit operator UserAttributeValue(List<string> values) => FromList(values);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(UserAttributeValue left, UserAttributeValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(UserAttributeValue left, UserAttributeValue right) => !left.Equals(right);

    /// <summary>A list of strings (copied, so later changes to <paramref name="values"/> are not seen).</summary>
    /// <param name="values">The strings; none may be <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or one of its entries is null.</exception>
    public static UserAttributeValue FromList(IEnumerable<string> values)
    {
        Guard.NotNull(values, nameof(values));
        var copy = values.ToArray();
        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentNullException(nameof(values), "A user attribute list cannot contain null entries.");
        }

        return new UserAttributeValue(default, copy);
    }

    /// <summary>The user attribute value of any scalar, as <see cref="AttributeValue.From(object?)"/> takes it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    public static UserAttributeValue From(object? value) => value switch
    {
        UserAttributeValue user => user,
        string[] list => FromList(list),
        List<string> list => FromList(list),
        _ => AttributeValue.From(value),
    };

    /// <summary>
    /// The value as the .NET object it holds: what <see cref="AttributeValue.Value"/> gives for a scalar, or the
    /// list of strings (an <see cref="IReadOnlyList{T}"/> of <see cref="string"/>).
    /// </summary>
    public object? Value => _list ?? _scalar.Value;

    /// <summary>The scalar this value holds (<see cref="AttributeValue.Null"/> for a list).</summary>
    /// <returns>The scalar.</returns>
    public AttributeValue ToAttributeValue() => _scalar;

    /// <summary>Gets the list this value holds.</summary>
    /// <param name="values">The strings, when this value is a list; otherwise empty.</param>
    /// <returns>Whether this value is a list.</returns>
    public bool TryGetList(out IReadOnlyList<string> values)
    {
        values = _list ?? Array.Empty<string>();
        return _list is not null;
    }

    /// <summary>The value's text as <see cref="AttributeValue.ToString"/> gives it; a list is joined with <c>", "</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _list is null ? _scalar.ToString() : string.Join(", ", _list);

    /// <inheritdoc />
    public bool Equals(UserAttributeValue other) =>
        _scalar.Equals(other._scalar) &&
        (ReferenceEquals(_list, other._list) || (_list is not null && other._list is not null && _list.SequenceEqual(other._list, StringComparer.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UserAttributeValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _list is null ? _scalar.GetHashCode() : _list.Count;

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (_list is null)
        {
            _scalar.WriteTo(writer);
            return;
        }

        writer.WriteStartArray();
        for (var i = 0; i < _list.Count; i++)
        {
            writer.WriteStringValue(_list[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads a scalar or an array of strings.</summary>
    internal static UserAttributeValue Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return AttributeValue.Read(ref reader);
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"A user attribute list holds strings only, not {reader.TokenType}.");
            }

            list.Add(reader.GetString()!);
        }

        return new UserAttributeValue(default, list);
    }
}
