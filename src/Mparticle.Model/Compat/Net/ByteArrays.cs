using System;

namespace Mparticle.Compat;

/// <summary>Allocates byte arrays that are about to be overwritten completely.</summary>
internal static class ByteArrays
{
    /// <summary>Skips zeroing: request bodies are 256 KB arrays on the large-object heap, filled by a copy right away.</summary>
    public static byte[] Uninitialized(int length) => GC.AllocateUninitializedArray<byte>(length);
}
