namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>What a <see cref="MultiSelectPredicate"/> checks.</summary>
internal enum MultiSelectMatch
{
    /// <summary>At least one of the values is selected.</summary>
    ContainsAny,

    /// <summary>None of the values is selected.</summary>
    ContainsNone,

    /// <summary>Exactly the values are selected.</summary>
    Exactly,

    /// <summary>Not exactly the values.</summary>
    NotExactly,
}
