using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The user's identities (<c>user_identities</c>); send at least one user or device identity per batch.</summary>
public sealed class UserIdentities
{
    /// <summary>The <c>customerid</c> spelling, accepted on read only; <c>customer_id</c> wins when both are present.</summary>
    [JsonInclude]
    [JsonPropertyName("customerid")]
    internal string? CustomerIdAlias
    {
        get => null;
        set => CustomerId ??= value;
    }

    /// <summary>The customer id; written as <c>customer_id</c> (the schema's spelling), and <c>customerid</c> (the Python and Node SDKs' spelling) is accepted when reading (<c>customer_id</c>).</summary>
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; set; }

    /// <summary>The email address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Another id (<c>other</c>).</summary>
    [JsonPropertyName("other")]
    public string? Other { get; set; }

    /// <summary>Other id 2 (<c>other_id_2</c>).</summary>
    [JsonPropertyName("other_id_2")]
    public string? OtherId2 { get; set; }

    /// <summary>Other id 3 (<c>other_id_3</c>).</summary>
    [JsonPropertyName("other_id_3")]
    public string? OtherId3 { get; set; }

    /// <summary>Other id 4 (<c>other_id_4</c>).</summary>
    [JsonPropertyName("other_id_4")]
    public string? OtherId4 { get; set; }

    /// <summary>Other id 5 (<c>other_id_5</c>).</summary>
    [JsonPropertyName("other_id_5")]
    public string? OtherId5 { get; set; }

    /// <summary>Other id 6 (<c>other_id_6</c>).</summary>
    [JsonPropertyName("other_id_6")]
    public string? OtherId6 { get; set; }

    /// <summary>Other id 7 (<c>other_id_7</c>).</summary>
    [JsonPropertyName("other_id_7")]
    public string? OtherId7 { get; set; }

    /// <summary>Other id 8 (<c>other_id_8</c>).</summary>
    [JsonPropertyName("other_id_8")]
    public string? OtherId8 { get; set; }

    /// <summary>Other id 9 (<c>other_id_9</c>).</summary>
    [JsonPropertyName("other_id_9")]
    public string? OtherId9 { get; set; }

    /// <summary>Other id 10 (<c>other_id_10</c>).</summary>
    [JsonPropertyName("other_id_10")]
    public string? OtherId10 { get; set; }

    /// <summary>The Facebook id (<c>facebook</c>).</summary>
    [JsonPropertyName("facebook")]
    public string? Facebook { get; set; }

    /// <summary>The Facebook custom audience id (<c>facebook_custom_audience_id</c>).</summary>
    [JsonPropertyName("facebook_custom_audience_id")]
    public string? FacebookCustomAudienceId { get; set; }

    /// <summary>The Google id (<c>google</c>).</summary>
    [JsonPropertyName("google")]
    public string? Google { get; set; }

    /// <summary>The Microsoft id (<c>microsoft</c>).</summary>
    [JsonPropertyName("microsoft")]
    public string? Microsoft { get; set; }

    /// <summary>The Twitter id (<c>twitter</c>).</summary>
    [JsonPropertyName("twitter")]
    public string? Twitter { get; set; }

    /// <summary>The Yahoo id (<c>yahoo</c>).</summary>
    [JsonPropertyName("yahoo")]
    public string? Yahoo { get; set; }

    /// <summary>An alias (<c>alias</c>).</summary>
    [JsonPropertyName("alias")]
    public string? Alias { get; set; }

    /// <summary>The mobile phone number (<c>mobile_number</c>).</summary>
    [JsonPropertyName("mobile_number")]
    public string? MobileNumber { get; set; }

    /// <summary>A second phone number (<c>phone_number_2</c>).</summary>
    [JsonPropertyName("phone_number_2")]
    public string? PhoneNumber2 { get; set; }

    /// <summary>A third phone number (<c>phone_number_3</c>).</summary>
    [JsonPropertyName("phone_number_3")]
    public string? PhoneNumber3 { get; set; }
}
