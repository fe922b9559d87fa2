namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Typed reads of request parameters and response results: a missing or null entry reads as the default.</summary>
internal static class ParameterReader
{
    // Through the base type: on ParameterCollection the call would bind to its generic TryGetValue<T>.
    internal static T Read<T>(DataCollection<string, object> parameters, string key) =>
        parameters.TryGetValue(key, out object value) && value != null ? (T)value : default;
}
