using System.Collections.Generic;

namespace Crm.Renewals.Cli.Demo;

/// <summary>What the demo seeded, for its report.</summary>
internal sealed class BookOfBusinessSummary
{
    public AccountTally Accounts { get; } = new();

    public ContractTally Contracts { get; } = new();

    /// <summary>Rows the organization refused, with the reason.</summary>
    public List<string> Failures { get; } = [];
}
