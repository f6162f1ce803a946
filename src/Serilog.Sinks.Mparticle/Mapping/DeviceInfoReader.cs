using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads <c>MpDeviceInfo</c>: a destructured <see cref="DeviceInformation"/> or a dictionary of its fields,
/// with C# or JSON names (<c>OsVersion</c> or <c>os_version</c>). Unknown or unusable members are ignored.
/// </summary>
static class DeviceInfoReader
{
    public static DeviceInformation? Read(LogEventPropertyValue? value)
    {
        if (value is not (StructureValue or DictionaryValue))
            return null;

        // One pass over the members, each name normalized once (as the other readers do): a destructured
        // DeviceInformation has some forty-five, and a user scope may add it to every log event.
        var device = new DeviceInformation();
        var any = false;
        foreach (var member in PropertyValues.Members(value))
        {
            var v = member.Value;
            if (PropertyValues.IsNull(v))
                continue;

            switch (NameKey.Of(member.Key))
            {
                case "iosadvertisingid": device.IosAdvertisingId = PropertyValues.AsString(v); break;
                case "iosidfv": device.IosIdfv = PropertyValues.AsString(v); break;
                case "androidadvertisingid": device.AndroidAdvertisingId = PropertyValues.AsString(v); break;
                case "androiduuid": device.AndroidUuid = PropertyValues.AsString(v); break;
                case "pushtoken": device.PushToken = PropertyValues.AsString(v); break;
                case "rokuadvertisingid": device.RokuAdvertisingId = PropertyValues.AsString(v); break;
                case "rokupublisherid": device.RokuPublisherId = PropertyValues.AsString(v); break;
                case "fireadvertisingid": device.FireAdvertisingId = PropertyValues.AsString(v); break;
                case "microsoftadvertisingid": device.MicrosoftAdvertisingId = PropertyValues.AsString(v); break;
                case "microsoftpublisherid": device.MicrosoftPublisherId = PropertyValues.AsString(v); break;
                case "ampid": device.AmpId = PropertyValues.AsString(v); break;
                case "platform": device.Platform = PropertyValues.AsEnum<Platform>(v); break;
                case "brand": device.Brand = PropertyValues.AsString(v); break;
                case "product": device.Product = PropertyValues.AsString(v); break;
                case "device": device.Device = PropertyValues.AsString(v); break;
                case "devicemanufacturer": device.DeviceManufacturer = PropertyValues.AsString(v); break;
                case "osversion": device.OsVersion = PropertyValues.AsString(v); break;
                case "devicemodel": device.DeviceModel = PropertyValues.AsString(v); break;
                case "screenheight": device.ScreenHeight = PropertyValues.AsInt(v); break;
                case "screenwidth": device.ScreenWidth = PropertyValues.AsInt(v); break;
                case "screendpi": device.ScreenDpi = PropertyValues.AsInt(v); break;
                case "devicecountry": device.DeviceCountry = PropertyValues.AsString(v); break;
                case "localelanguage": device.LocaleLanguage = PropertyValues.AsString(v); break;
                case "localecountry": device.LocaleCountry = PropertyValues.AsString(v); break;
                case "networkcountry": device.NetworkCountry = PropertyValues.AsString(v); break;
                case "networkcarrier": device.NetworkCarrier = PropertyValues.AsString(v); break;
                case "networkcode": device.NetworkCode = PropertyValues.AsString(v); break;
                case "networkmobilecountrycode": device.NetworkMobileCountryCode = PropertyValues.AsString(v); break;
                case "timezoneoffset": device.TimezoneOffset = PropertyValues.AsInt(v); break;
                case "buildidentifier": device.BuildIdentifier = PropertyValues.AsString(v); break;
                case "buildversionrelease": device.BuildVersionRelease = PropertyValues.AsString(v); break;
                case "httpheaderuseragent": device.HttpHeaderUserAgent = PropertyValues.AsString(v); break;
                case "cpuarchitecture": device.CpuArchitecture = PropertyValues.AsString(v); break;
                case "radioaccesstechnology": device.RadioAccessTechnology = PropertyValues.AsString(v); break;
                case "bluetoothversion": device.BluetoothVersion = PropertyValues.AsString(v); break;
                case "attauthorizationstatus": device.AttAuthorizationStatus = PropertyValues.AsEnum<AttAuthorizationStatus>(v); break;
                case "atttimestampunixtimems": device.AttTimestampUnixtimeMs = PropertyValues.AsLong(v); break;
                case "istablet": device.IsTablet = PropertyValues.AsBool(v); break;
                case "pushnotificationsoundenabled": device.PushNotificationSoundEnabled = PropertyValues.AsBool(v); break;
                case "pushnotificationvibrateenabled": device.PushNotificationVibrateEnabled = PropertyValues.AsBool(v); break;
                case "supportstelephony": device.SupportsTelephony = PropertyValues.AsBool(v); break;
                case "hasnfc": device.HasNfc = PropertyValues.AsBool(v); break;
                case "bluetoothenabled": device.BluetoothEnabled = PropertyValues.AsBool(v); break;
                case "limitadtracking": device.LimitAdTracking = PropertyValues.AsBool(v); break;
                case "isdst": device.IsDst = PropertyValues.AsBool(v); break;
                default: continue;
            }

            any = true;
        }

        return any ? device : null;
    }
}
