using System.Text.Json;

namespace Mparticle;

internal static partial class BatchWriter
{
    internal static void WriteDeviceInformation(Utf8JsonWriter writer, DeviceInformation value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.IosAdvertisingId, value.IosAdvertisingId);
        writer.WriteOptional(WireNames.IosIdfv, value.IosIdfv);
        writer.WriteOptional(WireNames.AndroidAdvertisingId, value.AndroidAdvertisingId);
        writer.WriteOptional(WireNames.AndroidUuid, value.AndroidUuid);
        writer.WriteOptional(WireNames.PushToken, value.PushToken);
        writer.WriteOptional(WireNames.RokuAdvertisingId, value.RokuAdvertisingId);
        writer.WriteOptional(WireNames.RokuPublisherId, value.RokuPublisherId);
        writer.WriteOptional(WireNames.FireAdvertisingId, value.FireAdvertisingId);
        writer.WriteOptional(WireNames.MicrosoftAdvertisingId, value.MicrosoftAdvertisingId);
        writer.WriteOptional(WireNames.MicrosoftPublisherId, value.MicrosoftPublisherId);
        writer.WriteOptional(WireNames.AmpId, value.AmpId);
        if (value.Platform is { } platform)
        {
            writer.WriteString(WireNames.Platform, PlatformConverter.Instance.Name(platform));
        }

        writer.WriteOptional(WireNames.Brand, value.Brand);
        writer.WriteOptional(WireNames.Product, value.Product);
        writer.WriteOptional(WireNames.Device, value.Device);
        writer.WriteOptional(WireNames.DeviceManufacturer, value.DeviceManufacturer);
        writer.WriteOptional(WireNames.OsVersion, value.OsVersion);
        writer.WriteOptional(WireNames.DeviceModel, value.DeviceModel);
        writer.WriteOptional(WireNames.ScreenHeight, value.ScreenHeight);
        writer.WriteOptional(WireNames.ScreenWidth, value.ScreenWidth);
        writer.WriteOptional(WireNames.ScreenDpi, value.ScreenDpi);
        writer.WriteOptional(WireNames.DeviceCountry, value.DeviceCountry);
        writer.WriteOptional(WireNames.LocaleLanguage, value.LocaleLanguage);
        writer.WriteOptional(WireNames.LocaleCountry, value.LocaleCountry);
        writer.WriteOptional(WireNames.NetworkCountry, value.NetworkCountry);
        writer.WriteOptional(WireNames.NetworkCarrier, value.NetworkCarrier);
        writer.WriteOptional(WireNames.NetworkCode, value.NetworkCode);
        writer.WriteOptional(WireNames.NetworkMobileCountryCode, value.NetworkMobileCountryCode);
        writer.WriteOptional(WireNames.TimezoneOffset, value.TimezoneOffset);
        writer.WriteOptional(WireNames.BuildIdentifier, value.BuildIdentifier);
        writer.WriteOptional(WireNames.BuildVersionRelease, value.BuildVersionRelease);
        writer.WriteOptional(WireNames.HttpHeaderUserAgent, value.HttpHeaderUserAgent);
        writer.WriteOptional(WireNames.CpuArchitecture, value.CpuArchitecture);
        writer.WriteOptional(WireNames.RadioAccessTechnology, value.RadioAccessTechnology);
        writer.WriteOptional(WireNames.BluetoothVersion, value.BluetoothVersion);
        if (value.AttAuthorizationStatus is { } attAuthorizationStatus)
        {
            writer.WriteString(WireNames.AttAuthorizationStatus, AttAuthorizationStatusConverter.Instance.Name(attAuthorizationStatus));
        }

        writer.WriteOptional(WireNames.AttTimestampUnixtimeMs, value.AttTimestampUnixtimeMs);
        writer.WriteOptional(WireNames.IsTablet, value.IsTablet);
        writer.WriteOptional(WireNames.PushNotificationSoundEnabled, value.PushNotificationSoundEnabled);
        writer.WriteOptional(WireNames.PushNotificationVibrateEnabled, value.PushNotificationVibrateEnabled);
        writer.WriteOptional(WireNames.SupportsTelephony, value.SupportsTelephony);
        writer.WriteOptional(WireNames.HasNfc, value.HasNfc);
        writer.WriteOptional(WireNames.BluetoothEnabled, value.BluetoothEnabled);
        writer.WriteOptional(WireNames.LimitAdTracking, value.LimitAdTracking);
        writer.WriteOptional(WireNames.IsDst, value.IsDst);
        writer.WriteEndObject();
    }

    internal static void WriteDeviceCurrentState(Utf8JsonWriter writer, DeviceCurrentState value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.TimeSinceStartMs, value.TimeSinceStartMs);
        writer.WriteOptional(WireNames.BatteryLevel, value.BatteryLevel);
        writer.WriteOptional(WireNames.DataConnectionType, value.DataConnectionType);
        writer.WriteOptional(WireNames.DataConnectionTypeDetail, value.DataConnectionTypeDetail);
        writer.WriteOptional(WireNames.GpsState, value.GpsState);
        writer.WriteOptional(WireNames.TotalSystemMemoryUsageBytes, value.TotalSystemMemoryUsageBytes);
        writer.WriteOptional(WireNames.DiskSpaceFreeBytes, value.DiskSpaceFreeBytes);
        writer.WriteOptional(WireNames.ExternalDiskSpaceFreeBytes, value.ExternalDiskSpaceFreeBytes);
        writer.WriteOptional(WireNames.Cpu, value.Cpu);
        writer.WriteOptional(WireNames.SystemMemoryAvailableBytes, value.SystemMemoryAvailableBytes);
        writer.WriteOptional(WireNames.SystemMemoryLow, value.SystemMemoryLow);
        writer.WriteOptional(WireNames.SystemMemoryThresholdBytes, value.SystemMemoryThresholdBytes);
        writer.WriteOptional(WireNames.ApplicationMemoryAvailableBytes, value.ApplicationMemoryAvailableBytes);
        writer.WriteOptional(WireNames.ApplicationMemoryMaxBytes, value.ApplicationMemoryMaxBytes);
        writer.WriteOptional(WireNames.ApplicationMemoryTotalBytes, value.ApplicationMemoryTotalBytes);
        if (value.DeviceOrientation is { } deviceOrientation)
        {
            writer.WriteString(WireNames.DeviceOrientation, DeviceOrientationConverter.Instance.Name(deviceOrientation));
        }

        if (value.StatusBarOrientation is { } statusBarOrientation)
        {
            writer.WriteString(WireNames.StatusBarOrientation, DeviceOrientationConverter.Instance.Name(statusBarOrientation));
        }
        writer.WriteEndObject();
    }

    internal static void WriteApplicationInformation(Utf8JsonWriter writer, ApplicationInformation value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.ApplicationName, value.ApplicationName);
        writer.WriteOptional(WireNames.ApplicationVersion, value.ApplicationVersion);
        writer.WriteOptional(WireNames.ApplicationBuildNumber, value.ApplicationBuildNumber);
        writer.WriteOptional(WireNames.InstallReferrer, value.InstallReferrer);
        writer.WriteOptional(WireNames.Package, value.Package);
        if (value.Os is { } os)
        {
            writer.WriteString(WireNames.Os, ApplicationOsConverter.Instance.Name(os));
        }

        WriteNestedStrings(writer, WireNames.AppleSearchAdsAttributes, value.AppleSearchAdsAttributesOrNull);
        writer.WriteEndObject();
    }

    internal static void WriteGeoLocation(Utf8JsonWriter writer, GeoLocation value)
    {
        writer.WriteStartObject();
        writer.WriteOptional(WireNames.Latitude, value.Latitude);
        writer.WriteOptional(WireNames.Longitude, value.Longitude);
        writer.WriteOptional(WireNames.Accuracy, value.Accuracy);
        writer.WriteOptional(WireNames.CountryCode, value.CountryCode);
        writer.WriteOptional(WireNames.RegionCode, value.RegionCode);
        writer.WriteOptional(WireNames.CityName, value.CityName);
        writer.WriteOptional(WireNames.PostalCode, value.PostalCode);
        writer.WriteOptional(WireNames.DmaCode, value.DmaCode);
        writer.WriteOptional(WireNames.LocationSource, value.LocationSource);
        writer.WriteEndObject();
    }
}
