using System.Security.Cryptography;
using System.Text;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// The <c>source_request_id</c>s of the halves made while isolating the events mParticle refuses: UUIDs derived from the
/// parent batch's id by SHA-256 (the layout of RFC 9562's version 8), so isolating the same refused batch again gives
/// the same halves the same ids, and mParticle de-duplicates a half that already arrived. The names differ from those
/// the packer derives its parts from (<c>/part/N</c>, <c>/half</c>), so a half never shares an id with a part.
/// </summary>
static class PartIds
{
    static readonly char[] Hex = "0123456789abcdef".ToCharArray();

    /// <summary>The id of half 0 or 1 of the batch whose id is <paramref name="sourceRequestId"/>.</summary>
    public static string ForHalf(string sourceRequestId, int half)
    {
        byte[] hash;
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(sourceRequestId + (half == 0 ? "/isolate/0" : "/isolate/1")));
            hash = sha.GetHashAndReset();
        }

        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // variant 10
        var text = new char[36];
        var position = 0;
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
                text[position++] = '-';
            text[position++] = Hex[hash[i] >> 4];
            text[position++] = Hex[hash[i] & 0xF];
        }

        return new string(text);
    }
}
