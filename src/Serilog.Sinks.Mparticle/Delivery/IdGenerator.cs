using System;
using System.Security.Cryptography;

namespace Serilog.Sinks.Mparticle.Delivery;

/// <summary>
/// Makes the sink's <c>source_request_id</c>s and <c>source_message_id</c>s: UUID-formatted strings, unique without
/// asking the operating system for randomness each time (<see cref="Guid.NewGuid"/> is a system call per id, and
/// the sink needs one per event). Each generator draws 128 random bits once; each id adds a counter to the low
/// 64 bits. Ids of one generator never repeat; two generators share an id only if their random halves coincide
/// within the counter's distance, which 64 random bits make negligible (mParticle de-duplicates per API key, for
/// 30 to 60 days).
/// </summary>
/// <remarks>Not thread-safe: the sink's single background loop owns one.</remarks>
sealed class IdGenerator
{
    static readonly char[] Hex = "0123456789abcdef".ToCharArray();

    readonly char[] _text = new char[36];
    ulong _counter;

    public IdGenerator()
    {
        var seed = new byte[16];
        using (var random = RandomNumberGenerator.Create())
            random.GetBytes(seed);

        // Version 4 layout: the version and variant bits are fixed, everything else looks random.
        seed[6] = (byte)((seed[6] & 0x0F) | 0x40);
        var high = BitConverter.ToUInt64(seed, 0);
        _counter = BitConverter.ToUInt64(seed, 8);

        // The high half never changes: write its 16 hex digits (8-4-4 with dashes) once.
        var bytes = BitConverter.GetBytes(high);
        var position = 0;
        for (var i = 0; i < 8; i++)
        {
            if (i is 4 or 6)
                _text[position++] = '-';
            _text[position++] = Hex[bytes[i] >> 4];
            _text[position++] = Hex[bytes[i] & 0xF];
        }

        _text[position] = '-'; // position 18; the low half fills 19..35 as 4-12
    }

    /// <summary>A new id in the usual 8-4-4-4-12 lower-case form.</summary>
    public string Next()
    {
        // The top two bits carry the UUID variant (10); the counter runs through the other 62.
        var low = (_counter++ & 0x3FFF_FFFF_FFFF_FFFFUL) | 0x8000_0000_0000_0000UL;
        var text = _text;
        var position = 35;
        for (var i = 0; i < 16; i++)
        {
            text[position--] = Hex[(int)(low & 0xF)];
            low >>= 4;
            if (position == 23)
                text[position--] = '-';
        }

        return new string(text);
    }
}
