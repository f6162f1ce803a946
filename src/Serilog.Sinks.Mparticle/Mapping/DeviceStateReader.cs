using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads an event's <c>device_current_state</c> from a destructured <see cref="DeviceCurrentState"/> or a dictionary
/// of its fields, with C# or JSON names. Unknown or unusable members are ignored.
/// </summary>
static class DeviceStateReader
{
    public static DeviceCurrentState? Read(LogEventPropertyValue value)
    {
        if (value is not (StructureValue or DictionaryValue))
            return null;

        var state = new DeviceCurrentState();
        foreach (var member in PropertyValues.Members(value))
        {
            var v = member.Value;
            switch (NameKey.Of(member.Key))
            {
                case "timesincestartms": state.TimeSinceStartMs = PropertyValues.AsLong(v); break;
                case "batterylevel": state.BatteryLevel = PropertyValues.AsDouble(v); break;
                case "dataconnectiontype": state.DataConnectionType = PropertyValues.AsString(v); break;
                case "dataconnectiontypedetail": state.DataConnectionTypeDetail = PropertyValues.AsString(v); break;
                case "gpsstate": state.GpsState = PropertyValues.AsBool(v); break;
                case "totalsystemmemoryusagebytes": state.TotalSystemMemoryUsageBytes = PropertyValues.AsLong(v); break;
                case "diskspacefreebytes": state.DiskSpaceFreeBytes = PropertyValues.AsLong(v); break;
                case "externaldiskspacefreebytes": state.ExternalDiskSpaceFreeBytes = PropertyValues.AsLong(v); break;
                case "cpu": state.Cpu = PropertyValues.AsString(v); break;
                case "systemmemoryavailablebytes": state.SystemMemoryAvailableBytes = PropertyValues.AsDouble(v); break;
                case "systemmemorylow": state.SystemMemoryLow = PropertyValues.AsBool(v); break;
                case "systemmemorythresholdbytes": state.SystemMemoryThresholdBytes = PropertyValues.AsDouble(v); break;
                case "applicationmemoryavailablebytes": state.ApplicationMemoryAvailableBytes = PropertyValues.AsDouble(v); break;
                case "applicationmemorymaxbytes": state.ApplicationMemoryMaxBytes = PropertyValues.AsDouble(v); break;
                case "applicationmemorytotalbytes": state.ApplicationMemoryTotalBytes = PropertyValues.AsDouble(v); break;
                case "deviceorientation": state.DeviceOrientation = PropertyValues.AsEnum<DeviceOrientation>(v); break;
                case "statusbarorientation": state.StatusBarOrientation = PropertyValues.AsEnum<DeviceOrientation>(v); break;
            }
        }

        return state;
    }
}
