using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// Like / NotLike and begins-with, ends-with, contains and their negations, which Dataverse runs as
/// LIKE <c>value%</c>, <c>%value</c> and <c>%value%</c> (so wildcards in the value keep their meaning).
/// </summary>
internal static class TextConditions
{
    private const string AnyRun = "%";

    /// <summary>The predicate for a text operator; null when the operator is not one of them.</summary>
    public static IRowPredicate? TryCompile(ConditionTarget target)
    {
        var shape = target.Node.Operator switch
        {
            ConditionOperator.Like => (Prefix: "", Suffix: "", Negate: false),
            ConditionOperator.NotLike => ("", "", true),
            ConditionOperator.BeginsWith => ("", AnyRun, false),
            ConditionOperator.DoesNotBeginWith => ("", AnyRun, true),
            ConditionOperator.EndsWith => (AnyRun, "", false),
            ConditionOperator.DoesNotEndWith => (AnyRun, "", true),
            ConditionOperator.Contains => (AnyRun, AnyRun, false),
            ConditionOperator.DoesNotContain => (AnyRun, AnyRun, true),
            _ => ((string Prefix, string Suffix, bool Negate)?)null,
        };
        if (shape is not { } text)
        {
            return null;
        }

        ConditionCompiler.ExpectKind(target, ValueKind.Text, "text");
        ConditionCompiler.ExpectCount(target, 1);
        var pattern = text.Prefix + ConditionValues.ToText(target, target.Node.Values[0]) + text.Suffix;
        return new LikePredicate(target.Ref, LikePattern.Compile(pattern), text.Negate);
    }
}
