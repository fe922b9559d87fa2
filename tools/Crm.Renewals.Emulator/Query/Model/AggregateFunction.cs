namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>The FetchXML <c>aggregate</c> functions.</summary>
internal enum AggregateFunction
{
    /// <summary><c>count</c>: the number of rows.</summary>
    Count,

    /// <summary><c>countcolumn</c>: the number of rows where the column has a value.</summary>
    CountColumn,

    /// <summary><c>sum</c>.</summary>
    Sum,

    /// <summary><c>avg</c>.</summary>
    Avg,

    /// <summary><c>min</c>.</summary>
    Min,

    /// <summary><c>max</c>.</summary>
    Max,
}
