namespace Crm.Renewals.Solution.Model;

/// <summary>One option of a choice.</summary>
/// <param name="Value">The stored integer value.</param>
/// <param name="Label">The 1033 label.</param>
/// <param name="State">For status options: the state value it belongs to.</param>
public sealed record OptionModel(int Value, string Label, int? State = null)
{
    /// <summary>For state options: the status value a record gets when it enters this state.</summary>
    public int? DefaultStatus { get; init; }
}
