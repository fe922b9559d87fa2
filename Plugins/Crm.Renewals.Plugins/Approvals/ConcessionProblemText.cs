using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Validation;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>Concession problems as the user reads them: each prefixed with the column to fix, by display and logical name.</summary>
internal static class ConcessionProblemText
{
    /// <summary>The sentence a refused save starts with.</summary>
    public const string Refusal = "This concession cannot be saved. ";

    /// <summary>Every problem, each with its column, in one message.</summary>
    public static string Describe(IReadOnlyList<ValidationProblem<ConcessionField>> problems) =>
        Refusal + ProblemText.Join(problems, ColumnOf, " ");

    /// <summary>The column a field stands for.</summary>
    public static string ColumnOf(ConcessionField field) => field switch
    {
        ConcessionField.Type => "Concession type (" + Concession.ConcessionType + ")",
        ConcessionField.DiscountPercent => "Discount % (" + Concession.DiscountPercent + ")",
        ConcessionField.TiedTo => "Tied to (" + Concession.TiedTo + ")",
        ConcessionField.Sunset => "Sunset (" + Concession.Sunset + ")",
        ConcessionField.BusinessRationale => "Business rationale (" + Concession.BusinessRationale + ")",
        ConcessionField.ChurnRisk => "Churn risk (" + Concession.ChurnRisk + ")",
        _ => "Alternatives considered (" + Concession.AlternativesConsidered + ")",
    };
}
