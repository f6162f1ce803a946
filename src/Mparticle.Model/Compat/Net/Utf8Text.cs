using System;
using System.Text;

namespace Mparticle.Compat;

/// <summary>UTF-8 decoding of spans.</summary>
internal static class Utf8Text
{
    public static string GetString(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
