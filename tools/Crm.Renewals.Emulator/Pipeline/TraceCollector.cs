using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>The tracing service of one step execution; its lines go to the operation log.</summary>
internal sealed class TraceCollector : ITracingService
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    public void Trace(string format, params object[] args)
    {
        // Without arguments the text is taken literally, so braces in a plain message cannot break it.
        lines.Add(args is null || args.Length == 0 ? format ?? string.Empty : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
