namespace Mparticle;

/// <summary>A device or status-bar orientation (<see cref="DeviceCurrentState"/>).</summary>
public enum DeviceOrientation
{
    /// <summary><c>portrait</c>: Portrait.</summary>
    Portrait,

    /// <summary><c>portrait_upside_down</c>: Portrait, upside down.</summary>
    PortraitUpsideDown,

    /// <summary><c>landscape</c>: Landscape.</summary>
    Landscape,

    /// <summary><c>LandscapeLeft</c>: Landscape left.</summary>
    LandscapeLeft,

    /// <summary><c>LandscapeRight</c>: Landscape right.</summary>
    LandscapeRight,

    /// <summary><c>FaceUp</c>: Face up.</summary>
    FaceUp,

    /// <summary><c>FaceDown</c>: Face down.</summary>
    FaceDown,

    /// <summary><c>Square</c>: Square.</summary>
    Square,

    /// <summary><c>unknown</c>: Unknown. Not in the schema's list, but mParticle's own sample batch sends it (the list sits beside a <c>$ref</c>, so draft-07 treats it as documentation).</summary>
    Unknown,
}
