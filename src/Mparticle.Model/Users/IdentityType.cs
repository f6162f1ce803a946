namespace Mparticle;

/// <summary>A user identity name, as <see cref="UserIdentities"/> and <see cref="UserIdentity"/> use it.</summary>
public enum IdentityType
{
    /// <summary><c>other</c>: Another identity.</summary>
    Other,

    /// <summary><c>customer_id</c>: The customer id (the schema's spelling; the Python and Node SDKs send <c>customerid</c>).</summary>
    CustomerId,

    /// <summary><c>facebook</c>: A Facebook id.</summary>
    Facebook,

    /// <summary><c>twitter</c>: A Twitter id.</summary>
    Twitter,

    /// <summary><c>google</c>: A Google id.</summary>
    Google,

    /// <summary><c>microsoft</c>: A Microsoft id.</summary>
    Microsoft,

    /// <summary><c>yahoo</c>: A Yahoo id.</summary>
    Yahoo,

    /// <summary><c>email</c>: An email address.</summary>
    Email,

    /// <summary><c>alias</c>: An alias.</summary>
    Alias,

    /// <summary><c>facebook_custom_audience_id</c>: A Facebook custom audience id.</summary>
    FacebookCustomAudienceId,

    /// <summary><c>other_id_2</c>: Other id 2.</summary>
    OtherId2,

    /// <summary><c>other_id_3</c>: Other id 3.</summary>
    OtherId3,

    /// <summary><c>other_id_4</c>: Other id 4.</summary>
    OtherId4,

    /// <summary><c>other_id_5</c>: Other id 5.</summary>
    OtherId5,

    /// <summary><c>other_id_6</c>: Other id 6.</summary>
    OtherId6,

    /// <summary><c>other_id_7</c>: Other id 7.</summary>
    OtherId7,

    /// <summary><c>other_id_8</c>: Other id 8.</summary>
    OtherId8,

    /// <summary><c>other_id_9</c>: Other id 9.</summary>
    OtherId9,

    /// <summary><c>other_id_10</c>: Other id 10.</summary>
    OtherId10,

    /// <summary><c>mobile_number</c>: A mobile phone number.</summary>
    MobileNumber,

    /// <summary><c>phone_number_2</c>: A second phone number.</summary>
    PhoneNumber2,

    /// <summary><c>phone_number_3</c>: A third phone number.</summary>
    PhoneNumber3,
}
