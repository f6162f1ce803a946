using System.Text;

namespace Mparticle.Extensions.Logging.States;

/// <summary>Writes the readable text of a state from its values (in the order of <see cref="LogShape.Keys"/>).</summary>
delegate StringBuilder AppendText(StringBuilder text, object? first, object? second, object? third);

/// <summary>
/// What one kind of call writes: the keys of its (one to three) values, its constant message template and
/// its readable text. Shapes are static singletons, so a state is a shape and three references.
/// </summary>
sealed class LogShape
{
    public LogShape(string originalFormat, string[] keys, AppendText appendText)
    {
        OriginalFormat = originalFormat;
        Keys = keys;
        Append = appendText;
    }

    /// <summary>The Serilog message template; it names only properties the shape always carries.</summary>
    public string OriginalFormat { get; }

    public string[] Keys { get; }

    public AppendText Append { get; }
}
