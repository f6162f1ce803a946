using System.Text.Json.Serialization;

namespace Mparticle;

/// <summary>The device's state when an event happened (<c>device_current_state</c>).</summary>
public sealed class DeviceCurrentState
{
    /// <summary>Milliseconds since the application started (<c>time_since_start_ms</c>).</summary>
    [JsonPropertyName("time_since_start_ms")]
    public long? TimeSinceStartMs { get; set; }

    /// <summary>The battery level (<c>battery_level</c>).</summary>
    [JsonPropertyName("battery_level")]
    public double? BatteryLevel { get; set; }

    /// <summary>The connection: <c>offline</c>, <c>wifi</c> or <c>mobile</c> (<c>data_connection_type</c>).</summary>
    [JsonPropertyName("data_connection_type")]
    public string? DataConnectionType { get; set; }

    /// <summary>Connection details (<c>data_connection_type_detail</c>).</summary>
    [JsonPropertyName("data_connection_type_detail")]
    public string? DataConnectionTypeDetail { get; set; }

    /// <summary>Whether GPS is on; a boolean as the schema says (the JSON reference page's <c>"true"</c>/<c>"false"</c>/<c>"unknown"</c> strings are not followed) (<c>gps_state</c>).</summary>
    [JsonPropertyName("gps_state")]
    public bool? GpsState { get; set; }

    /// <summary>Total system memory in use, in bytes (<c>total_system_memory_usage_bytes</c>).</summary>
    [JsonPropertyName("total_system_memory_usage_bytes")]
    public long? TotalSystemMemoryUsageBytes { get; set; }

    /// <summary>Free disk space, in bytes (<c>disk_space_free_bytes</c>).</summary>
    [JsonPropertyName("disk_space_free_bytes")]
    public long? DiskSpaceFreeBytes { get; set; }

    /// <summary>Free external disk space, in bytes (<c>external_disk_space_free_bytes</c>).</summary>
    [JsonPropertyName("external_disk_space_free_bytes")]
    public long? ExternalDiskSpaceFreeBytes { get; set; }

    /// <summary>CPU usage (<c>cpu</c>).</summary>
    [JsonPropertyName("cpu")]
    public string? Cpu { get; set; }

    /// <summary>Available system memory, in bytes (<c>system_memory_available_bytes</c>).</summary>
    [JsonPropertyName("system_memory_available_bytes")]
    public double? SystemMemoryAvailableBytes { get; set; }

    /// <summary>Whether system memory is low (<c>system_memory_low</c>).</summary>
    [JsonPropertyName("system_memory_low")]
    public bool? SystemMemoryLow { get; set; }

    /// <summary>The low-memory threshold, in bytes (<c>system_memory_threshold_bytes</c>).</summary>
    [JsonPropertyName("system_memory_threshold_bytes")]
    public double? SystemMemoryThresholdBytes { get; set; }

    /// <summary>Memory available to the application, in bytes (<c>application_memory_available_bytes</c>).</summary>
    [JsonPropertyName("application_memory_available_bytes")]
    public double? ApplicationMemoryAvailableBytes { get; set; }

    /// <summary>The application's memory limit, in bytes (<c>application_memory_max_bytes</c>).</summary>
    [JsonPropertyName("application_memory_max_bytes")]
    public double? ApplicationMemoryMaxBytes { get; set; }

    /// <summary>The application's total memory, in bytes (<c>application_memory_total_bytes</c>).</summary>
    [JsonPropertyName("application_memory_total_bytes")]
    public double? ApplicationMemoryTotalBytes { get; set; }

    /// <summary>The device orientation (<c>device_orientation</c>).</summary>
    [JsonPropertyName("device_orientation")]
    public DeviceOrientation? DeviceOrientation { get; set; }

    /// <summary>The status bar orientation (<c>status_bar_orientation</c>).</summary>
    [JsonPropertyName("status_bar_orientation")]
    public DeviceOrientation? StatusBarOrientation { get; set; }
}
