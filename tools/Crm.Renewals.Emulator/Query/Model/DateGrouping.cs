namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>The FetchXML <c>dategrouping</c> values the engine supports.</summary>
internal enum DateGrouping
{
    /// <summary><c>day</c>: day of the month.</summary>
    Day,

    /// <summary><c>week</c>: week of the year, weeks starting on Sunday.</summary>
    Week,

    /// <summary><c>month</c>: 1 to 12.</summary>
    Month,

    /// <summary><c>quarter</c>: 1 to 4.</summary>
    Quarter,

    /// <summary><c>year</c>.</summary>
    Year,
}
