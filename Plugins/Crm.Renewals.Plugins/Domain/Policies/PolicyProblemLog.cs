using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Policies;

/// <summary>
/// Collects the problems of one policy value while it is read, so that every problem is
/// reported together, and remembers each object reader so unknown keys can be checked at the end.
/// </summary>
internal sealed class PolicyProblemLog
{
    private readonly List<string> problems = new();
    private readonly List<PolicyReader> readers = new();

    public PolicyProblemLog(string variableName)
    {
        VariableName = variableName;
    }

    public string VariableName { get; }

    public int Count => problems.Count;

    public void Add(string problem) => problems.Add(VariableName + ": " + problem);

    public void Track(PolicyReader reader) => readers.Add(reader);

    /// <summary>Reports unknown keys of every object read, then throws when anything is wrong.</summary>
    public void ThrowIfAny()
    {
        foreach (var reader in readers)
        {
            reader.ReportUnknownKeys();
        }

        if (problems.Count > 0)
        {
            throw new PolicyException(VariableName, problems.ToArray());
        }
    }
}
