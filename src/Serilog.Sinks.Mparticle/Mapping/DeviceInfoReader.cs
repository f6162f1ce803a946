using System;
using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads <c>MpDeviceInfo</c>: a destructured <see cref="DeviceInformation"/> or a dictionary of its fields,
/// with C# or JSON names (<c>OsVersion</c> or <c>os_version</c>). Unknown or unusable members are ignored.
/// </summary>
static class DeviceInfoReader
{
    // One entry per field of device_info: a table rather than reflection, so it stays trimming-safe.
    static readonly Field[] Fields =
    [
        new("iosadvertisingid", (d, v) => d.IosAdvertisingId = PropertyValues.AsString(v)),
        new("iosidfv", (d, v) => d.IosIdfv = PropertyValues.AsString(v)),
        new("androidadvertisingid", (d, v) => d.AndroidAdvertisingId = PropertyValues.AsString(v)),
        new("androiduuid", (d, v) => d.AndroidUuid = PropertyValues.AsString(v)),
        new("pushtoken", (d, v) => d.PushToken = PropertyValues.AsString(v)),
        new("rokuadvertisingid", (d, v) => d.RokuAdvertisingId = PropertyValues.AsString(v)),
        new("rokupublisherid", (d, v) => d.RokuPublisherId = PropertyValues.AsString(v)),
        new("fireadvertisingid", (d, v) => d.FireAdvertisingId = PropertyValues.AsString(v)),
        new("microsoftadvertisingid", (d, v) => d.MicrosoftAdvertisingId = PropertyValues.AsString(v)),
        new("microsoftpublisherid", (d, v) => d.MicrosoftPublisherId = PropertyValues.AsString(v)),
        new("ampid", (d, v) => d.AmpId = PropertyValues.AsString(v)),
        new("platform", (d, v) => d.Platform = PropertyValues.AsEnum<Platform>(v)),
        new("brand", (d, v) => d.Brand = PropertyValues.AsString(v)),
        new("product", (d, v) => d.Product = PropertyValues.AsString(v)),
        new("device", (d, v) => d.Device = PropertyValues.AsString(v)),
        new("devicemanufacturer", (d, v) => d.DeviceManufacturer = PropertyValues.AsString(v)),
        new("osversion", (d, v) => d.OsVersion = PropertyValues.AsString(v)),
        new("devicemodel", (d, v) => d.DeviceModel = PropertyValues.AsString(v)),
        new("screenheight", (d, v) => d.ScreenHeight = PropertyValues.AsInt(v)),
        new("screenwidth", (d, v) => d.ScreenWidth = PropertyValues.AsInt(v)),
        new("screendpi", (d, v) => d.ScreenDpi = PropertyValues.AsInt(v)),
        new("devicecountry", (d, v) => d.DeviceCountry = PropertyValues.AsString(v)),
        new("localelanguage", (d, v) => d.LocaleLanguage = PropertyValues.AsString(v)),
        new("localecountry", (d, v) => d.LocaleCountry = PropertyValues.AsString(v)),
        new("networkcountry", (d, v) => d.NetworkCountry = PropertyValues.AsString(v)),
        new("networkcarrier", (d, v) => d.NetworkCarrier = PropertyValues.AsString(v)),
        new("networkcode", (d, v) => d.NetworkCode = PropertyValues.AsString(v)),
        new("networkmobilecountrycode", (d, v) => d.NetworkMobileCountryCode = PropertyValues.AsString(v)),
        new("timezoneoffset", (d, v) => d.TimezoneOffset = PropertyValues.AsInt(v)),
        new("buildidentifier", (d, v) => d.BuildIdentifier = PropertyValues.AsString(v)),
        new("buildversionrelease", (d, v) => d.BuildVersionRelease = PropertyValues.AsString(v)),
        new("httpheaderuseragent", (d, v) => d.HttpHeaderUserAgent = PropertyValues.AsString(v)),
        new("cpuarchitecture", (d, v) => d.CpuArchitecture = PropertyValues.AsString(v)),
        new("radioaccesstechnology", (d, v) => d.RadioAccessTechnology = PropertyValues.AsString(v)),
        new("bluetoothversion", (d, v) => d.BluetoothVersion = PropertyValues.AsString(v)),
        new("attauthorizationstatus", (d, v) => d.AttAuthorizationStatus = PropertyValues.AsEnum<AttAuthorizationStatus>(v)),
        new("atttimestampunixtimems", (d, v) => d.AttTimestampUnixtimeMs = PropertyValues.AsLong(v)),
        new("istablet", (d, v) => d.IsTablet = PropertyValues.AsBool(v)),
        new("pushnotificationsoundenabled", (d, v) => d.PushNotificationSoundEnabled = PropertyValues.AsBool(v)),
        new("pushnotificationvibrateenabled", (d, v) => d.PushNotificationVibrateEnabled = PropertyValues.AsBool(v)),
        new("supportstelephony", (d, v) => d.SupportsTelephony = PropertyValues.AsBool(v)),
        new("hasnfc", (d, v) => d.HasNfc = PropertyValues.AsBool(v)),
        new("bluetoothenabled", (d, v) => d.BluetoothEnabled = PropertyValues.AsBool(v)),
        new("limitadtracking", (d, v) => d.LimitAdTracking = PropertyValues.AsBool(v)),
        new("isdst", (d, v) => d.IsDst = PropertyValues.AsBool(v)),
    ];

    public static DeviceInformation? Read(LogEventPropertyValue? value)
    {
        if (value is not (StructureValue or DictionaryValue))
            return null;

        var device = new DeviceInformation();
        var any = false;
        foreach (var member in PropertyValues.Members(value))
        {
            if (PropertyValues.IsNull(member.Value))
                continue;

            foreach (var field in Fields)
            {
                if (NameKey.Matches(member.Key, field.Key))
                {
                    field.Set(device, member.Value);
                    any = true;
                    break;
                }
            }
        }

        return any ? device : null;
    }

    readonly struct Field
    {
        public Field(string key, Action<DeviceInformation, LogEventPropertyValue> set)
        {
            Key = key;
            Set = set;
        }

        public string Key { get; }

        public Action<DeviceInformation, LogEventPropertyValue> Set { get; }
    }
}
