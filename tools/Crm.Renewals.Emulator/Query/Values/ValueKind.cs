namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>How values of a column compare, whatever CLR type holds them.</summary>
internal enum ValueKind : byte
{
    /// <summary>Text, compared case- and accent-insensitively like Dataverse's SQL collation.</summary>
    Text,

    /// <summary>Whole numbers, decimals, floats, money and choice values, compared as decimals.</summary>
    Number,

    /// <summary>Yes/no.</summary>
    Boolean,

    /// <summary>Date and time, compared in UTC.</summary>
    DateTime,

    /// <summary>Primary keys, lookups and unique identifiers, ordered like SQL Server orders them.</summary>
    Guid,
}
