using System;
using System.Text;

namespace Mparticle.Compat;

/// <summary>UTF-8 decoding of spans (netstandard2.0 has no span overload; this path is only used for traces).</summary>
internal static class Utf8Text
{
    public static string GetString(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes.ToArray());
}
