using System.Globalization;
using System.IO;
using System.Text;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// A writer that keeps at most a given number of characters and ignores the rest, so that rendering a
/// huge structure or sequence as an attribute value costs no more than the limit.
/// </summary>
/// <remarks>
/// Derives from <see cref="TextWriter"/> rather than <see cref="StringWriter"/>: every other overload of
/// <see cref="TextWriter"/> funnels into the three overridden here, so nothing bypasses the limit.
/// </remarks>
sealed class BoundedTextWriter : TextWriter
{
    readonly StringBuilder _text = new();
    readonly int _limit;

    public BoundedTextWriter(int limit)
        : base(CultureInfo.InvariantCulture)
    {
        _limit = limit;
    }

    /// <summary>Whether more than the limit was written.</summary>
    public bool Overflowed { get; private set; }

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        if (_text.Length < _limit)
            _text.Append(value);
        else
            Overflowed = true;
    }

    public override void Write(char[] buffer, int index, int count)
    {
        var room = _limit - _text.Length;
        if (count > room)
        {
            Overflowed = true;
            count = room;
        }

        if (count > 0)
            _text.Append(buffer, index, count);
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;

        var room = _limit - _text.Length;
        if (value.Length > room)
        {
            Overflowed = true;
            if (room > 0)
                _text.Append(value, 0, room);
            return;
        }

        _text.Append(value);
    }

    public override string ToString() => _text.ToString();
}
