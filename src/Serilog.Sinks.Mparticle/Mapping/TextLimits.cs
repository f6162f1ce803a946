namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>mParticle's default limits on names and values (events API reference, §5.1).</summary>
static class TextLimits
{
    /// <summary>Event names, attribute names, user attribute names and consent purpose names: 256 characters.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Attribute and user attribute values, and consent texts (document, location, hardware id, regulation): 4096 characters.</summary>
    public const int MaxValueLength = 4096;

    /// <summary>Unique custom attributes per event: 100.</summary>
    public const int MaxAttributesPerEvent = 100;

    /// <summary>User attributes per batch: 100.</summary>
    public const int MaxUserAttributesPerBatch = 100;

    /// <summary>Entries of a user attribute list: 1000.</summary>
    public const int MaxUserAttributeListEntries = 1000;

    /// <summary>Length of one entry of a user attribute list: 512 characters.</summary>
    public const int MaxUserAttributeListEntryLength = 512;

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters without splitting a
    /// surrogate pair; returns whether it cut.
    /// </summary>
    public static bool Truncate(ref string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return false;

        var length = maxLength;
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
            length--;
        text = text.Substring(0, length);
        return true;
    }
}
