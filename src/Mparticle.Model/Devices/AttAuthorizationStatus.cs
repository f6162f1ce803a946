namespace Mparticle;

/// <summary>Apple App Tracking Transparency status (<c>att_authorization_status</c>).</summary>
public enum AttAuthorizationStatus
{
    /// <summary><c>authorized</c>: Tracking is authorized.</summary>
    Authorized,

    /// <summary><c>denied</c>: Tracking was denied.</summary>
    Denied,

    /// <summary><c>not_determined</c>: The user was not asked yet.</summary>
    NotDetermined,

    /// <summary><c>restricted</c>: Tracking is restricted.</summary>
    Restricted,
}
