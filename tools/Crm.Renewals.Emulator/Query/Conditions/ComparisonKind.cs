namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>The binary comparisons.</summary>
internal enum ComparisonKind
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterEqual,
    LessThan,
    LessEqual,
}
