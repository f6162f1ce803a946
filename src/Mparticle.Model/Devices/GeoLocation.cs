using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>A location, of an event or of a whole batch (<c>location</c>). The schema requires latitude and longitude.</summary>
public sealed class GeoLocation
{
    /// <summary>Creates an empty location.</summary>
    public GeoLocation()
    {
    }

    /// <summary>Creates a location.</summary>
    /// <param name="latitude">The latitude in degrees.</param>
    /// <param name="longitude">The longitude in degrees.</param>
    public GeoLocation(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The latitude; <c>0</c> is sent when set (<c>latitude</c>).</summary>
    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    /// <summary>The longitude; <c>0</c> is sent when set (<c>longitude</c>).</summary>
    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    /// <summary>The accuracy, in metres (<c>accuracy</c>).</summary>
    [JsonPropertyName("accuracy")]
    public double? Accuracy { get; set; }

    /// <summary>The ISO 3166-1 alpha-2 country code (<c>country_code</c>).</summary>
    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }

    /// <summary>The subdivision part of the ISO 3166-2 code (<c>region_code</c>).</summary>
    [JsonPropertyName("region_code")]
    public string? RegionCode { get; set; }

    /// <summary>The city (<c>city_name</c>).</summary>
    [JsonPropertyName("city_name")]
    public string? CityName { get; set; }

    /// <summary>The postal code (<c>postal_code</c>).</summary>
    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    /// <summary>The designated market area code (<c>dma_code</c>).</summary>
    [JsonPropertyName("dma_code")]
    public int? DmaCode { get; set; }

    /// <summary>Where the location came from: <c>unknown</c>, <c>ip_lookup</c> or <c>lat_long</c> (<c>location_source</c>).</summary>
    [JsonPropertyName("location_source")]
    public string? LocationSource { get; set; }
}
