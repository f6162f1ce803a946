using System.Security.Cryptography;

namespace Mparticle.Compat;

/// <summary>SHA-256 of a byte array.</summary>
internal static class Sha256Compat
{
    public static byte[] Hash(byte[] data) => SHA256.HashData(data);
}
