namespace Mparticle;

/// <summary>The <c>profile_event_type</c> of a <see cref="ProfileEvent"/>.</summary>
public enum ProfileEventType
{
    /// <summary><c>signup</c>: A sign-up.</summary>
    Signup,

    /// <summary><c>login</c>: A login.</summary>
    Login,

    /// <summary><c>logout</c>: A logout.</summary>
    Logout,

    /// <summary><c>update</c>: A profile update.</summary>
    Update,

    /// <summary><c>delete</c>: A profile deletion.</summary>
    Delete,
}
