using System;

namespace Crm.Renewals.Solution.Generation;

/// <summary>
/// The inputs of <c>renewals solution generate</c> are inconsistent (e.g. a step names an undeclared plugin
/// type or an unknown Custom API). The message names the declaration or file and says what to fix;
/// nothing has been written when it is thrown.
/// </summary>
public sealed class GenerationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what to change.</param>
    public GenerationException(string message)
        : base(message)
    {
    }
}
