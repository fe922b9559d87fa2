using System;

namespace Crm.Renewals.Plugins.Domain.Validation;

/// <summary>
/// One thing wrong with an input, naming the field so that the caller (a plugin) can map it to
/// the column the user typed into, and saying in plain words what to fix.
/// </summary>
/// <typeparam name="TField">The area's enumeration of input fields.</typeparam>
public sealed class ValidationProblem<TField>
    where TField : struct, Enum
{
    /// <summary>Creates a problem.</summary>
    /// <param name="field">The input field at fault.</param>
    /// <param name="message">What is wrong and what to do, as a full sentence.</param>
    public ValidationProblem(TField field, string message)
    {
        Field = field;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The input field at fault.</summary>
    public TField Field { get; }

    /// <summary>What is wrong and what to do, as a full sentence.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Field + ": " + Message;
}
