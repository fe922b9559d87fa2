namespace Microsoft.Xrm.Sdk;

/// <summary>Writes to the plugin trace log.</summary>
public interface ITracingService
{
    /// <summary>Writes a composite-format message.</summary>
    /// <param name="format">The format string.</param>
    /// <param name="args">The format arguments.</param>
    void Trace(string format, params object[] args);
}
