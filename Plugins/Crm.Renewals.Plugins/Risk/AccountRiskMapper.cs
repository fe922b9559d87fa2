using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// Turns account rows into the risk evaluation's inputs and its results back into columns and
/// Custom API response properties. It decides nothing: the rules live in the domain and in
/// <see cref="AccountRiskService"/>.
/// </summary>
public static class AccountRiskMapper
{
    /// <summary>
    /// Reads the account as an operation leaves it: a column in <paramref name="target"/> wins, even when
    /// it is null (the user cleared it); any other column comes from <paramref name="stored"/>.
    /// </summary>
    /// <param name="target">The operation's Target.</param>
    /// <param name="stored">The stored row (a pre-image with <see cref="AccountRiskColumns.Inputs"/>), or null on Create.</param>
    /// <returns>The signals and override after the operation.</returns>
    /// <exception cref="InvalidPluginExecutionException">A column holds a value of another type than its metadata's; the message names each.</exception>
    public static AccountRiskInput ReadInput(Entity target, Entity? stored)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        var columns = new ColumnReader(Account.EntityLogicalName);
        var signals = new RiskSignals
        {
            HealthScore = columns.Get<int?>(target, stored, Account.HealthScore),
            UsageTrend = RiskSignalOptions.UsageTrendOf(columns.Get<OptionSetValue>(target, stored, Account.UsageTrend)),
            UsageChangePercent = columns.Get<decimal?>(target, stored, Account.UsageChangePercent),
            AdoptionPercent = columns.Get<decimal?>(target, stored, Account.AdoptionPercent),
            SupportSentiment = RiskSignalOptions.SupportSentimentOf(columns.Get<OptionSetValue>(target, stored, Account.SupportSentiment)),
            NetPromoterScore = columns.Get<int?>(target, stored, Account.Nps),
            RelationshipStrength = RiskSignalOptions.RelationshipStrengthOf(columns.Get<OptionSetValue>(target, stored, Account.RelationshipStrength)),
            ChampionLeft = columns.Get<bool?>(target, stored, Account.ChampionLeft),
            CompetitiveSignal = columns.Get<bool?>(target, stored, Account.CompetitiveSignal),
            BudgetSignal = columns.Get<bool?>(target, stored, Account.BudgetSignal),
            BusinessChange = columns.Get<bool?>(target, stored, Account.BusinessChange),
            EngagementDrop = columns.Get<bool?>(target, stored, Account.EngagementDrop),
            WhitespaceIdentified = columns.Get<bool?>(target, stored, Account.WhitespaceIdentified),
            GrowthNeedStated = columns.Get<bool?>(target, stored, Account.GrowthNeedStated),
            NearTierLimit = columns.Get<bool?>(target, stored, Account.NearTierLimit),
        };
        var riskOverride = new AccountOverrideInput
        {
            Category = RiskCategoryOptions.FromOptionSetValue(columns.Get<OptionSetValue>(target, stored, Account.OverrideCategory)),
            Justification = columns.Get<string>(target, stored, Account.OverrideJustification),
            Until = AsUtc(columns.Get<DateTime?>(target, stored, Account.OverrideUntil)),
            StoredCategory = RiskCategoryOptions.FromOptionSetValue(columns.Get<OptionSetValue>(stored, Account.OverrideCategory)),
            IsEdited = AccountRiskColumns.Override.Any(column => Changes(target, stored, column)),
            IsUntilGiven = target.Contains(Account.OverrideUntil),
        };
        columns.ThrowIfAny();
        return new AccountRiskInput { Signals = signals, Override = riskOverride };
    }

    /// <summary>Reads a stored account (retrieved with <see cref="AccountRiskColumns.Inputs"/>), changing nothing.</summary>
    /// <param name="account">The stored row.</param>
    /// <returns>Its signals and override; no override is being recorded.</returns>
    public static AccountRiskInput ReadStored(Entity account)
    {
        if (account is null)
        {
            throw new ArgumentNullException(nameof(account));
        }

        return ReadInput(new Entity(account.LogicalName, account.Id), account);
    }

    /// <summary>Writes the evaluation into the Target, so it is saved by the operation itself.</summary>
    /// <param name="target">The operation's Target.</param>
    /// <param name="evaluation">The evaluation.</param>
    public static void WriteResults(Entity target, AccountRiskEvaluation evaluation)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (evaluation is null)
        {
            throw new ArgumentNullException(nameof(evaluation));
        }

        target[Account.RiskCategory] = RiskCategoryOptions.ToOptionSetValue(evaluation.Effective.Category);
        target[Account.ComputedCategory] = RiskCategoryOptions.ToOptionSetValue(evaluation.Effective.Computed);
        target[Account.RiskScore] = evaluation.Assessment.Score;
        target[Account.RiskReasons] = evaluation.ReasonsText;
        target[Account.RiskEvaluatedOn] = evaluation.EvaluatedOn;
        switch (evaluation.OverrideOutcome)
        {
            case OverrideOutcome.Recorded:
                target[Account.OverrideUntil] = evaluation.OverrideUntil;
                break;
            case OverrideOutcome.Cleared:
                target[Account.OverrideJustification] = null;
                target[Account.OverrideUntil] = null;
                break;
            case OverrideOutcome.Expired:
                target[Account.OverrideCategory] = null;
                target[Account.OverrideJustification] = null;
                target[Account.OverrideUntil] = null;
                break;
        }
    }

    /// <summary>
    /// The update that stores the risk of the account as saved, or null when the evaluation of the Target over the
    /// pre-image already read the inputs saved (no other update changed one of them in between, the usual case).
    /// </summary>
    /// <param name="target">The operation's Target, with what the PreOperation evaluation wrote into it.</param>
    /// <param name="before">The pre-image with <see cref="AccountRiskColumns.Inputs"/> (what that evaluation read), or null.</param>
    /// <param name="saved">The post-image with <see cref="AccountRiskColumns.Inputs"/> and the results.</param>
    /// <param name="evaluate">The evaluation of an account's inputs.</param>
    /// <returns>The account's results to save again, or null.</returns>
    public static Entity? Correction(Entity target, Entity? before, Entity saved, Func<AccountRiskInput, AccountRiskEvaluation> evaluate)
    {
        if (target is null || saved is null || evaluate is null)
        {
            throw new ArgumentNullException(target is null ? nameof(target) : saved is null ? nameof(saved) : nameof(evaluate));
        }

        var readByTheEvaluation = AccountRiskColumns.Inputs.All(column =>
            SameValue(target.Contains(column) ? target[column] : before is not null && before.Contains(column) ? before[column] : null, saved.Contains(column) ? saved[column] : null));
        if (readByTheEvaluation)
        {
            return null;
        }

        var correction = new Entity(saved.LogicalName, saved.Id);
        WriteResults(correction, evaluate(ReadStored(saved)));
        return correction;
    }

    /// <summary>Writes the evaluation as the response properties of <c>crr_EvaluateAccountRisk</c>.</summary>
    /// <param name="outputs">The execution context's OutputParameters.</param>
    /// <param name="evaluation">The evaluation.</param>
    public static void WriteResponse(ParameterCollection outputs, AccountRiskEvaluation evaluation)
    {
        if (outputs is null)
        {
            throw new ArgumentNullException(nameof(outputs));
        }

        if (evaluation is null)
        {
            throw new ArgumentNullException(nameof(evaluation));
        }

        outputs[EvaluateAccountRiskApi.ResponseCategory] = RiskCategoryOptions.ToOptionSetValue(evaluation.Effective.Category);
        outputs[EvaluateAccountRiskApi.ResponseComputedCategory] = RiskCategoryOptions.ToOptionSetValue(evaluation.Effective.Computed);
        outputs[EvaluateAccountRiskApi.ResponseRiskScore] = evaluation.Assessment.Score;
        outputs[EvaluateAccountRiskApi.ResponseReasons] = evaluation.ReasonsText;
        outputs[EvaluateAccountRiskApi.ResponseIsOverridden] = evaluation.Effective.IsOverridden;
        outputs[EvaluateAccountRiskApi.ResponseEvaluatedOn] = evaluation.EvaluatedOn;
    }

    /// <summary>
    /// Reads what an operation changed about the account's risk from the PostOperation images.
    /// </summary>
    /// <param name="accountId">The account (on Create, the new id).</param>
    /// <param name="before">The pre-image with <see cref="Account.RiskCategory"/>, or null on Create.</param>
    /// <param name="after">The post-image with the results, <see cref="Account.Name"/> and <see cref="Account.OwnerId"/>.</param>
    /// <param name="changedOn">The operation's time (UTC).</param>
    /// <param name="changedBy">The user who started the operation (<c>InitiatingUserId</c>); empty when unknown.</param>
    /// <returns>The change.</returns>
    /// <exception cref="InvalidOperationException">The post-image has no category: the PreOperation risk step did not run.</exception>
    public static RiskChangeInput ReadChange(Guid accountId, Entity? before, Entity after, DateTime changedOn, Guid changedBy = default)
    {
        if (after is null)
        {
            throw new ArgumentNullException(nameof(after));
        }

        var to = RiskCategoryOptions.FromOptionSetValue(after.GetAttributeValue<OptionSetValue>(Account.RiskCategory))
            ?? throw new InvalidOperationException(
                "The account has no " + Account.RiskCategory + " after the operation; the PreOperation step of " + nameof(AccountRiskPlugin) + " must be registered on the same message.");
        var from = RiskCategoryOptions.FromOptionSetValue(before?.GetAttributeValue<OptionSetValue>(Account.RiskCategory));
        var account = new EntityReference(Account.EntityLogicalName, accountId) { Name = after.GetAttributeValue<string>(Account.Name) };
        return new RiskChangeInput(account, RiskTransition.Between(from, to), changedOn)
        {
            Owner = after.GetAttributeValue<EntityReference>(Account.OwnerId),
            ChangedBy = changedBy == Guid.Empty ? null : new EntityReference(SystemUser.EntityLogicalName, changedBy),
            Score = after.GetAttributeValue<int?>(Account.RiskScore),
            Reasons = after.GetAttributeValue<string>(Account.RiskReasons),
        };
    }

    private static bool Changes(Entity target, Entity? stored, string column) =>
        target.Contains(column) && !Equals(target[column], stored is not null && stored.Contains(column) ? stored[column] : null);


    // Date columns are stored in UTC; a value passed without a kind is taken as UTC, as the operation clock does.
    private static DateTime? AsUtc(DateTime? value) => value?.Kind switch
    {
        null => null,
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.Value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value.Value, DateTimeKind.Utc),
    };

    private static bool SameValue(object? left, object? right)
    {
        if (left is OptionSetValue leftOption && right is OptionSetValue rightOption)
        {
            return leftOption.Value == rightOption.Value;
        }

        return left is Money leftMoney && right is Money rightMoney ? leftMoney.Value == rightMoney.Value : Equals(left, right);
    }
}
