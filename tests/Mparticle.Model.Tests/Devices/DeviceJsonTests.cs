using Mparticle.Tests.Support;

namespace Mparticle.Tests.Devices;

/// <summary>Hand-written expected JSON for the device, application and location types.</summary>
public class DeviceJsonTests
{
    [Fact]
    public void EveryDeviceInformationFieldHasItsSchemaName() =>
        Wire.At(new Batch { DeviceInfo = Some.FullDeviceInformation() }, "device_info").ShouldBeJson("""
            {
              "ios_advertising_id": "1cc8138f-8aaf-410a-b0b9-6465cfb2af6a",
              "ios_idfv": "0f129dcb-d5b9-450b-9003-a38a7b7e946d",
              "android_advertising_id": "00000000-0000-0000-0000-000000000000",
              "android_uuid": "android-id",
              "push_token": "push-token",
              "roku_advertising_id": "11111111-1111-1111-1111-111111111111",
              "roku_publisher_id": "22222222-2222-2222-2222-222222222222",
              "fire_advertising_id": "33333333-3333-3333-3333-333333333333",
              "microsoft_advertising_id": "ms-ad",
              "microsoft_publisher_id": "ms-pub",
              "amp_id": "amp",
              "platform": "iOS",
              "brand": "Apple",
              "product": "iPad",
              "device": "iPad Pro",
              "device_manufacturer": "Apple",
              "os_version": "12.2",
              "device_model": "x86_64",
              "screen_height": 2732,
              "screen_width": 2048,
              "screen_dpi": 0,
              "device_country": "US",
              "locale_language": "en",
              "locale_country": "US",
              "network_country": "us",
              "network_carrier": "Carrier",
              "network_code": "410",
              "network_mobile_country_code": "310",
              "timezone_offset": -4,
              "build_identifier": "18E226",
              "build_version_release": "12",
              "http_header_user_agent": "Mozilla/5.0",
              "cpu_architecture": "x86",
              "radio_access_technology": "None",
              "bluetooth_version": "5.0",
              "att_authorization_status": "authorized",
              "att_timestamp_unixtime_ms": 1614187122051,
              "is_tablet": true,
              "push_notification_sound_enabled": false,
              "push_notification_vibrate_enabled": false,
              "supports_telephony": false,
              "has_nfc": false,
              "bluetooth_enabled": true,
              "limit_ad_tracking": false,
              "is_dst": true
            }
            """);

    [Fact]
    public void PlatformsUseTheSchemaSpellings()
    {
        string[] expected = ["iOS", "Android", "web", "tvOS", "roku", "out_of_band", "alexa", "smart_tv", "fire_tv", "xbox", "desktop"];
        Enum.GetValues<Platform>().Select(p => Wire.At(new Batch { DeviceInfo = new DeviceInformation { Platform = p } }, "device_info", "platform"))
            .ShouldBe(expected.Select(e => $"\"{e}\""));
    }

    [Fact]
    public void ApplicationInformationWithEveryField() =>
        Wire.At(new Batch { ApplicationInfo = Some.FullApplicationInformation() }, "application_info").ShouldBeJson("""
            {
              "application_name": "SDK Canary", "application_version": "0.9.5", "application_build_number": "1",
              "install_referrer": "utm_source=x", "package": "com.mparticle.test.canary", "os": "IOS",
              "apple_search_ads_attributes": { "version3.1": { "iad-keyword": "Keyword", "iad-attribution": "true" } }
            }
            """);

    [Fact]
    public void ALocationSendsZeroLatitudeAndLongitude() =>
        Wire.At(new Batch { Context = new BatchContext { Location = new GeoLocation(0, 0) } }, "context", "location")
            .ShouldBeJson("""{ "latitude": 0, "longitude": 0 }""");

    [Fact]
    public void DeviceOrientationsUseTheSchemaSpellingsPlusUnknownFromTheOfficialSample()
    {
        string[] expected = ["portrait", "portrait_upside_down", "landscape", "LandscapeLeft", "LandscapeRight", "FaceUp", "FaceDown", "Square", "unknown"];
        Enum.GetValues<DeviceOrientation>()
            .Select(o => Wire.DataOf(new SessionStartEvent { DeviceCurrentState = new DeviceCurrentState { DeviceOrientation = o } }))
            .ShouldBe(expected.Select(e => $$$"""{"device_current_state":{"device_orientation":"{{{e}}}"}}"""));
    }
}
