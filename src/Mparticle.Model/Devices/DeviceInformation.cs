using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The device: its identities (IDFA, GAID, ...) and facts (<c>device_info</c>).</summary>
public sealed class DeviceInformation
{
    /// <summary>Apple's advertising id, IDFA (a UUID) (<c>ios_advertising_id</c>).</summary>
    [JsonPropertyName("ios_advertising_id")]
    public string? IosAdvertisingId { get; set; }

    /// <summary>Apple's vendor id, IDFV (a UUID) (<c>ios_idfv</c>).</summary>
    [JsonPropertyName("ios_idfv")]
    public string? IosIdfv { get; set; }

    /// <summary>Google's advertising id, GAID (a UUID) (<c>android_advertising_id</c>).</summary>
    [JsonPropertyName("android_advertising_id")]
    public string? AndroidAdvertisingId { get; set; }

    /// <summary>The legacy Android id (<c>android_uuid</c>).</summary>
    [JsonPropertyName("android_uuid")]
    public string? AndroidUuid { get; set; }

    /// <summary>The push registration token (<c>push_token</c>).</summary>
    [JsonPropertyName("push_token")]
    public string? PushToken { get; set; }

    /// <summary>Roku's advertising id (a UUID) (<c>roku_advertising_id</c>).</summary>
    [JsonPropertyName("roku_advertising_id")]
    public string? RokuAdvertisingId { get; set; }

    /// <summary>Roku's publisher id (a UUID) (<c>roku_publisher_id</c>).</summary>
    [JsonPropertyName("roku_publisher_id")]
    public string? RokuPublisherId { get; set; }

    /// <summary>Amazon Fire TV's advertising id (a UUID) (<c>fire_advertising_id</c>).</summary>
    [JsonPropertyName("fire_advertising_id")]
    public string? FireAdvertisingId { get; set; }

    /// <summary>Microsoft's advertising id (<c>microsoft_advertising_id</c>).</summary>
    [JsonPropertyName("microsoft_advertising_id")]
    public string? MicrosoftAdvertisingId { get; set; }

    /// <summary>Microsoft's publisher id (<c>microsoft_publisher_id</c>).</summary>
    [JsonPropertyName("microsoft_publisher_id")]
    public string? MicrosoftPublisherId { get; set; }

    /// <summary>The AMP client id (<c>amp_id</c>).</summary>
    [JsonPropertyName("amp_id")]
    public string? AmpId { get; set; }

    /// <summary>The platform (<c>platform</c>).</summary>
    [JsonPropertyName("platform")]
    public Platform? Platform { get; set; }

    /// <summary>The brand (<c>brand</c>).</summary>
    [JsonPropertyName("brand")]
    public string? Brand { get; set; }

    /// <summary>The product (<c>product</c>).</summary>
    [JsonPropertyName("product")]
    public string? Product { get; set; }

    /// <summary>The device (<c>device</c>).</summary>
    [JsonPropertyName("device")]
    public string? Device { get; set; }

    /// <summary>The manufacturer (<c>device_manufacturer</c>).</summary>
    [JsonPropertyName("device_manufacturer")]
    public string? DeviceManufacturer { get; set; }

    /// <summary>The operating system version (<c>os_version</c>).</summary>
    [JsonPropertyName("os_version")]
    public string? OsVersion { get; set; }

    /// <summary>The model (<c>device_model</c>).</summary>
    [JsonPropertyName("device_model")]
    public string? DeviceModel { get; set; }

    /// <summary>The screen height, in pixels (<c>screen_height</c>).</summary>
    [JsonPropertyName("screen_height")]
    public int? ScreenHeight { get; set; }

    /// <summary>The screen width, in pixels (<c>screen_width</c>).</summary>
    [JsonPropertyName("screen_width")]
    public int? ScreenWidth { get; set; }

    /// <summary>The screen density, in dots per inch (<c>screen_dpi</c>).</summary>
    [JsonPropertyName("screen_dpi")]
    public int? ScreenDpi { get; set; }

    /// <summary>The device country (<c>device_country</c>).</summary>
    [JsonPropertyName("device_country")]
    public string? DeviceCountry { get; set; }

    /// <summary>The locale language (<c>locale_language</c>).</summary>
    [JsonPropertyName("locale_language")]
    public string? LocaleLanguage { get; set; }

    /// <summary>The locale country (<c>locale_country</c>).</summary>
    [JsonPropertyName("locale_country")]
    public string? LocaleCountry { get; set; }

    /// <summary>The network country (<c>network_country</c>).</summary>
    [JsonPropertyName("network_country")]
    public string? NetworkCountry { get; set; }

    /// <summary>The network carrier (<c>network_carrier</c>).</summary>
    [JsonPropertyName("network_carrier")]
    public string? NetworkCarrier { get; set; }

    /// <summary>The network code (<c>network_code</c>).</summary>
    [JsonPropertyName("network_code")]
    public string? NetworkCode { get; set; }

    /// <summary>The mobile country code (<c>network_mobile_country_code</c>).</summary>
    [JsonPropertyName("network_mobile_country_code")]
    public string? NetworkMobileCountryCode { get; set; }

    /// <summary>The offset from UTC, in hours (<c>timezone_offset</c>).</summary>
    [JsonPropertyName("timezone_offset")]
    public int? TimezoneOffset { get; set; }

    /// <summary>The build identifier (<c>build_identifier</c>).</summary>
    [JsonPropertyName("build_identifier")]
    public string? BuildIdentifier { get; set; }

    /// <summary>The build version release (<c>build_version_release</c>).</summary>
    [JsonPropertyName("build_version_release")]
    public string? BuildVersionRelease { get; set; }

    /// <summary>The HTTP User-Agent (<c>http_header_user_agent</c>).</summary>
    [JsonPropertyName("http_header_user_agent")]
    public string? HttpHeaderUserAgent { get; set; }

    /// <summary>The CPU architecture (<c>cpu_architecture</c>).</summary>
    [JsonPropertyName("cpu_architecture")]
    public string? CpuArchitecture { get; set; }

    /// <summary>The radio access technology (<c>radio_access_technology</c>).</summary>
    [JsonPropertyName("radio_access_technology")]
    public string? RadioAccessTechnology { get; set; }

    /// <summary>The Bluetooth version (<c>bluetooth_version</c>).</summary>
    [JsonPropertyName("bluetooth_version")]
    public string? BluetoothVersion { get; set; }

    /// <summary>Apple App Tracking Transparency status (<c>att_authorization_status</c>).</summary>
    [JsonPropertyName("att_authorization_status")]
    public AttAuthorizationStatus? AttAuthorizationStatus { get; set; }

    /// <summary>When the App Tracking Transparency status was set, in unix epoch milliseconds (<c>att_timestamp_unixtime_ms</c>).</summary>
    [JsonPropertyName("att_timestamp_unixtime_ms")]
    public long? AttTimestampUnixtimeMs { get; set; }

    /// <summary>Whether the device is a tablet (<c>is_tablet</c>).</summary>
    [JsonPropertyName("is_tablet")]
    public bool? IsTablet { get; set; }

    /// <summary>Whether push notification sounds are on (<c>push_notification_sound_enabled</c>).</summary>
    [JsonPropertyName("push_notification_sound_enabled")]
    public bool? PushNotificationSoundEnabled { get; set; }

    /// <summary>Whether push notification vibration is on (<c>push_notification_vibrate_enabled</c>).</summary>
    [JsonPropertyName("push_notification_vibrate_enabled")]
    public bool? PushNotificationVibrateEnabled { get; set; }

    /// <summary>Whether the device supports telephony (<c>supports_telephony</c>).</summary>
    [JsonPropertyName("supports_telephony")]
    public bool? SupportsTelephony { get; set; }

    /// <summary>Whether the device has NFC (<c>has_nfc</c>).</summary>
    [JsonPropertyName("has_nfc")]
    public bool? HasNfc { get; set; }

    /// <summary>Whether Bluetooth is on (<c>bluetooth_enabled</c>).</summary>
    [JsonPropertyName("bluetooth_enabled")]
    public bool? BluetoothEnabled { get; set; }

    /// <summary>Whether ad tracking is limited (<c>limit_ad_tracking</c>).</summary>
    [JsonPropertyName("limit_ad_tracking")]
    public bool? LimitAdTracking { get; set; }

    /// <summary>Whether daylight saving time is in effect (<c>is_dst</c>).</summary>
    [JsonPropertyName("is_dst")]
    public bool? IsDst { get; set; }
}
