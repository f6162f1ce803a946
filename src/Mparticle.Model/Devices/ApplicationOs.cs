namespace Mparticle;

/// <summary>The <c>os</c> of an <see cref="ApplicationInformation"/>.</summary>
public enum ApplicationOs
{
    /// <summary><c>IOS</c>: iOS.</summary>
    IOS,

    /// <summary><c>Android</c>: Android.</summary>
    Android,

    /// <summary><c>WindowsPhone</c>: Windows Phone.</summary>
    WindowsPhone,

    /// <summary><c>MobileWeb</c>: The mobile web.</summary>
    MobileWeb,

    /// <summary><c>UnityIOS</c>: Unity on iOS.</summary>
    UnityIOS,

    /// <summary><c>UnityAndroid</c>: Unity on Android.</summary>
    UnityAndroid,

    /// <summary><c>Desktop</c>: A desktop.</summary>
    Desktop,

    /// <summary><c>TVOS</c>: tvOS.</summary>
    TVOS,

    /// <summary><c>Roku</c>: Roku.</summary>
    Roku,

    /// <summary><c>OutOfBand</c>: Server-side or other out-of-band data.</summary>
    OutOfBand,

    /// <summary><c>Alexa</c>: Alexa.</summary>
    Alexa,

    /// <summary><c>SmartTV</c>: A smart TV.</summary>
    SmartTV,

    /// <summary><c>FireTV</c>: Amazon Fire TV.</summary>
    FireTV,

    /// <summary><c>Xbox</c>: Xbox.</summary>
    Xbox,

    /// <summary><c>Unknown</c>: Unknown: the schema's default (the OpenAPI file lists it; the schema's list beside its <c>$ref</c> omits it).</summary>
    Unknown,
}
