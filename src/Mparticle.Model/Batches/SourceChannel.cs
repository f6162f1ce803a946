namespace Mparticle;

/// <summary>The <c>channel</c> of a <see cref="SourceInformation"/> (set by mParticle).</summary>
public enum SourceChannel
{
    /// <summary><c>native</c>: A native SDK.</summary>
    Native,

    /// <summary><c>javascript</c>: The web SDK.</summary>
    Javascript,

    /// <summary><c>pixel</c>: A pixel.</summary>
    Pixel,

    /// <summary><c>desktop</c>: A desktop SDK.</summary>
    Desktop,

    /// <summary><c>partner</c>: A partner feed.</summary>
    Partner,

    /// <summary><c>server_to_server</c>: The server-to-server Events API.</summary>
    ServerToServer,

    /// <summary><c>unknown</c>: Unknown: listed by the JSON reference page, not by the schema.</summary>
    Unknown,
}
