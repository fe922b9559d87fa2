using System.Collections.Generic;

namespace Crm.Renewals.Cli.Verify;

/// <summary>What the fuzzing found, per target and in all.</summary>
public sealed class FuzzReport
{
    /// <summary>Inputs sent.</summary>
    public int Tried { get; set; }

    /// <summary>Inputs the solution accepted (the store was put back after each).</summary>
    public int Accepted { get; set; }

    /// <summary>Refusals whose message names the parameter or column made hostile.</summary>
    public int ClearRefusals { get; set; }

    /// <summary>Refusals that do not say what to fix, and crashes ("failed unexpectedly", other exception types).</summary>
    public int Unclear { get; set; }

    /// <summary>Refusals after which the store was not as before.</summary>
    public int StoresChanged { get; set; }

    /// <summary>The deepest pipeline depth a step of the solution ran at.</summary>
    public int DeepestDepth { get; set; }

    /// <summary>The first unclear or store-changing inputs of each target, with what came back, to turn into unit tests.</summary>
    public List<string> Examples { get; } = [];

    /// <summary>Unclear refusals per target.</summary>
    public SortedDictionary<string, int> UnclearPerTarget { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Inputs per target.</summary>
    public SortedDictionary<string, int> PerTarget { get; } = new(System.StringComparer.Ordinal);
}
