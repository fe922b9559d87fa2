using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Domain problems as users read them: each prefixed with the column to fix, as a form shows it and a flow or an import names it.</summary>
internal static class ProblemText
{
    /// <summary>Every problem as "Column (logical name): message", joined by <paramref name="separator"/>.</summary>
    /// <typeparam name="TField">The area's fields.</typeparam>
    /// <param name="problems">The problems.</param>
    /// <param name="columnOf">The column a field stands for.</param>
    /// <param name="separator">" " inside one fault message, a line break for a form.</param>
    /// <returns>The text.</returns>
    public static string Join<TField>(IEnumerable<ValidationProblem<TField>> problems, Func<TField, string> columnOf, string separator)
        where TField : struct, Enum =>
        string.Join(separator, problems.Select(problem => columnOf(problem.Field) + ": " + problem.Message));
}
