using System;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// The only source of "now" for plugin code. The machine clock is banned in this assembly
/// (BannedSymbols.txt) so that tests and the emulator can drive time.
/// </summary>
public interface IClock
{
    /// <summary>The current instant, in UTC.</summary>
    DateTime UtcNow { get; }
}
