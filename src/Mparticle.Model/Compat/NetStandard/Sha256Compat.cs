using System.Security.Cryptography;

namespace Mparticle.Compat;

/// <summary>SHA-256 of a byte array.</summary>
internal static class Sha256Compat
{
    public static byte[] Hash(byte[] data)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(data);
    }
}
