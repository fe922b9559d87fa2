using System;
using System.Collections.Generic;

namespace Crm.Renewals.Plugins.Domain.Policies;

/// <summary>
/// A configuration value (an environment variable holding JSON) is refused. Every problem is a
/// full sentence naming the variable, the key and what is allowed, e.g.
/// <c>crr_RenewalPolicy: leadTimeDays.smb is 150; allowed 30–120</c>; all problems found are
/// reported at once so an admin fixes the value in one go.
/// </summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="variableName">Schema name of the environment variable, e.g. <c>crr_RiskPolicy</c>.</param>
    /// <param name="problems">The problems, each already naming the variable; at least one.</param>
    public PolicyException(string variableName, IReadOnlyList<string> problems)
        : base(string.Join("\n", problems ?? throw new ArgumentNullException(nameof(problems))))
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A policy exception needs at least one problem.", nameof(problems));
        }

        VariableName = variableName ?? throw new ArgumentNullException(nameof(variableName));
        Problems = problems;
    }

    /// <summary>Schema name of the environment variable whose value is refused.</summary>
    public string VariableName { get; }

    /// <summary>Every problem found, each a full sentence naming the variable and key.</summary>
    public IReadOnlyList<string> Problems { get; }
}
