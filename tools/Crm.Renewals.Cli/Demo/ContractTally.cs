using System;
using System.Collections.Generic;
using System.Globalization;

namespace Crm.Renewals.Cli.Demo;

/// <summary>Seeded contracts: how many, their total ARR, and their end dates by calendar quarter.</summary>
internal sealed class ContractTally
{
    private const int MonthsPerQuarter = 3;

    public int Count { get; private set; }

    public decimal TotalArr { get; private set; }

    public SortedDictionary<string, int> EndingByQuarter { get; } = new(StringComparer.Ordinal);

    public void Add(decimal arr, DateTime end)
    {
        Count++;
        TotalArr += arr;
        var quarter = end.Year.ToString(CultureInfo.InvariantCulture) + "-Q" + (((end.Month - 1) / MonthsPerQuarter) + 1).ToString(CultureInfo.InvariantCulture);
        EndingByQuarter[quarter] = EndingByQuarter.GetValueOrDefault(quarter) + 1;
    }
}
