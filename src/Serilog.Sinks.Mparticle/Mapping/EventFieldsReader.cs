using Mparticle;
using Serilog.Events;

namespace Serilog.Sinks.Mparticle.Mapping;

/// <summary>
/// Reads the data fields every event kind shares from a whole destructured event (a <see cref="CommerceEvent"/>
/// logged as <c>@MpCommerceEvent</c>, or a dictionary with its JSON names): its own time, location, device state,
/// session, message id and the rarer flags, so an event logged whole arrives whole.
/// </summary>
/// <remarks>
/// Custom attributes and flags are not read here: a destructured <see cref="AttributeValue"/> may hold only its kind,
/// so they travel as <c>MpAttributes</c> and <c>MpCustomFlags</c>. The log event's own properties (read later) win
/// over the same fields of the whole event.
/// </remarks>
static class EventFieldsReader
{
    public static void Read(LogEventPropertyValue? whole, BaseEvent into)
    {
        // One pass over the members, each name normalized once: a destructured event has two dozen.
        foreach (var member in PropertyValues.Members(whole))
        {
            var v = member.Value;
            if (PropertyValues.IsNull(v))
                continue;

            switch (NameKey.Of(member.Key))
            {
                case "timestampunixtimems": into.TimestampUnixtimeMs = PropertyValues.AsLong(v) ?? into.TimestampUnixtimeMs; break;
                case "timestamp": into.TimestampUnixtimeMs ??= PropertyValues.AsLong(v); break;
                case "sourcemessageid": into.SourceMessageId = PropertyValues.AsString(v); break;
                case "sessionid": into.SessionId = PropertyValues.AsLong(v); break;
                case "sessionuuid": into.SessionUuid = PropertyValues.AsString(v); break;
                case "sessionstartunixtimems": into.SessionStartUnixtimeMs = PropertyValues.AsLong(v); break;
                case "eventstartunixtimems": into.EventStartUnixtimeMs = PropertyValues.AsLong(v); break;
                case "location": into.Location = ReadLocation(v); break;
                case "devicecurrentstate": into.DeviceCurrentState = DeviceStateReader.Read(v); break;
                case "isgoaldefined": into.IsGoalDefined = PropertyValues.AsBool(v); break;
                case "lifetimevaluechange": into.LifetimeValueChange = PropertyValues.AsBool(v); break;
                case "lifetimevalueattributename": into.LifetimeValueAttributeName = PropertyValues.AsString(v); break;
                case "dataconnectiontype": into.DataConnectionType = PropertyValues.AsString(v); break;
                case "eventnum": into.EventNum = PropertyValues.AsInt(v); break;
                case "viewcontroller": into.ViewController = PropertyValues.AsString(v); break;
                case "ismainthread": into.IsMainThread = PropertyValues.AsBool(v); break;
                case "canonicalname": into.CanonicalName = PropertyValues.AsString(v); break;
            }
        }
    }

    static GeoLocation? ReadLocation(LogEventPropertyValue value)
    {
        if (value is not (StructureValue or DictionaryValue))
            return null;

        var location = new GeoLocation();
        foreach (var member in PropertyValues.Members(value))
        {
            var v = member.Value;
            switch (NameKey.Of(member.Key))
            {
                case "latitude": location.Latitude = PropertyValues.AsDouble(v); break;
                case "longitude": location.Longitude = PropertyValues.AsDouble(v); break;
                case "accuracy": location.Accuracy = PropertyValues.AsDouble(v); break;
                case "countrycode": location.CountryCode = PropertyValues.AsString(v); break;
                case "regioncode": location.RegionCode = PropertyValues.AsString(v); break;
                case "cityname": location.CityName = PropertyValues.AsString(v); break;
                case "postalcode": location.PostalCode = PropertyValues.AsString(v); break;
                case "dmacode": location.DmaCode = PropertyValues.AsInt(v); break;
                case "locationsource": location.LocationSource = PropertyValues.AsString(v); break;
            }
        }

        return location;
    }
}
