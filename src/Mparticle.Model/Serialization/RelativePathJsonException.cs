using System.Text.Json;

namespace Mparticle;

/// <summary>
/// A read error found below the point where System.Text.Json will record the path. Converters that read
/// nested values themselves (the event envelope, the breadcrumb list) throw it with the part of the path
/// that System.Text.Json cannot see; <see cref="MparticleJson"/> joins both parts into the full JSON path.
/// </summary>
internal sealed class RelativePathJsonException : JsonException
{
    private RelativePathJsonException(string message, string relativePath, JsonException? innerException)
        : base(message, innerException)
    {
        RelativePath = relativePath;
    }

    /// <summary>The path below <see cref="JsonException.Path"/>, e.g. <c>.data.product_action.action</c>.</summary>
    internal string RelativePath { get; }

    /// <summary>An error at <paramref name="segment"/> (e.g. <c>.event_type</c>) of the value being read.</summary>
    internal static RelativePathJsonException At(string segment, string message) => new(message, segment, null);

    /// <summary>An error inside the nested value at <paramref name="segment"/> (e.g. <c>.data</c> or <c>[2]</c>).</summary>
    internal static RelativePathJsonException Below(string segment, JsonException inner) =>
        new(BareMessage(inner), segment + FullPath(inner).TrimStart('$'), inner);

    /// <summary>The full path of an error: what System.Text.Json recorded plus what nested readers added.</summary>
    internal static string FullPath(JsonException exception) =>
        (exception.Path ?? "$") + (exception as RelativePathJsonException)?.RelativePath;

    /// <summary>The message without System.Text.Json's " Path: ... | LineNumber: ..." suffix.</summary>
    internal static string BareMessage(JsonException exception)
    {
        var message = exception.Message;
        var at = message.IndexOf(" Path: ", System.StringComparison.Ordinal);
        return at < 0 ? message : message.Substring(0, at);
    }
}
