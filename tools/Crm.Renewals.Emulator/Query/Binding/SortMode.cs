namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>What a sort key orders by, following Dataverse's rules for choice and lookup columns.</summary>
internal enum SortMode
{
    /// <summary>The stored value.</summary>
    Value,

    /// <summary>The choice's label (unless FetchXML <c>useraworderby</c> asks for the value).</summary>
    ChoiceLabel,

    /// <summary>The primary name of the referenced row.</summary>
    ReferenceName,
}
