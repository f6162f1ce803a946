namespace Mparticle;

/// <summary>What an <see cref="AttributeValue"/> or <see cref="UserAttributeValue"/> holds.</summary>
public enum AttributeValueKind
{
    /// <summary>JSON <c>null</c> (also the default value).</summary>
    Null,

    /// <summary>A string.</summary>
    String,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A 64-bit integer, written exactly.</summary>
    Integer,

    /// <summary>A decimal number, written exactly (19.99 stays 19.99).</summary>
    Decimal,

    /// <summary>A finite double-precision number, written in its shortest round-trip form.</summary>
    Double,

    /// <summary>A list of strings; only a <see cref="UserAttributeValue"/> holds one.</summary>
    List,
}
