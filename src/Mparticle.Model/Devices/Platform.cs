namespace Mparticle;

/// <summary>The <c>platform</c> of a <see cref="DeviceInformation"/>.</summary>
/// <remarks>The values are the current official schema's; <see cref="Desktop"/> is kept so that batches from the .NET SDK can be read.</remarks>
public enum Platform
{
    /// <summary><c>iOS</c>: iOS.</summary>
    IOS,

    /// <summary><c>Android</c>: Android.</summary>
    Android,

    /// <summary><c>web</c>: The web.</summary>
    Web,

    /// <summary><c>tvOS</c>: tvOS.</summary>
    TvOS,

    /// <summary><c>roku</c>: Roku.</summary>
    Roku,

    /// <summary><c>out_of_band</c>: Server-side or other out-of-band data.</summary>
    OutOfBand,

    /// <summary><c>alexa</c>: Alexa.</summary>
    Alexa,

    /// <summary><c>smart_tv</c>: A smart TV.</summary>
    SmartTV,

    /// <summary><c>fire_tv</c>: Amazon Fire TV (the Java SDK wrongly writes <c>FireTV</c>).</summary>
    FireTV,

    /// <summary><c>xbox</c>: Xbox.</summary>
    Xbox,

    /// <summary><c>desktop</c>: A desktop. Only the OpenAPI file and the .NET SDK list it; the current official schema does not, so prefer another value.</summary>
    Desktop,
}
