namespace Mparticle.Compat;

/// <summary>Allocates byte arrays that are about to be overwritten completely.</summary>
internal static class ByteArrays
{
    /// <summary>netstandard2.0 cannot skip zeroing.</summary>
    public static byte[] Uninitialized(int length) => new byte[length];
}
