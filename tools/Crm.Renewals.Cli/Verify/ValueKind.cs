namespace Crm.Renewals.Cli.Verify;

/// <summary>What a column or Custom API parameter holds, as far as generating inputs goes.</summary>
public enum ValueKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>Money.</summary>
    Money,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>A date and time.</summary>
    DateTime,

    /// <summary>A choice.</summary>
    Picklist,

    /// <summary>A lookup (entity reference).</summary>
    Lookup,

    /// <summary>Anything else (entity, collections, GUID).</summary>
    Other,
}
