using System;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>One renewal as the save metrics need it: account, segment, term end, risk and how it closed.</summary>
internal sealed class SaveMetricsRenewal
{
    private SaveMetricsRenewal(Guid id, Guid? account, AccountSegment? segment, DateTime termEnd, bool isRed, NextRenewalResult result)
    {
        Id = id;
        Account = account;
        Segment = segment;
        TermEnd = termEnd;
        IsRed = isRed;
        Result = result;
    }

    public Guid Id { get; }

    public Guid? Account { get; }

    public AccountSegment? Segment { get; }

    public DateTime TermEnd { get; }

    public bool IsRed { get; }

    public NextRenewalResult Result { get; }

    public static SaveMetricsRenewal Of(Entity row) => new(
        row.Id,
        row.GetAttributeValue<EntityReference>(Opportunity.ParentAccountId)?.Id,
        SegmentOptions.FromOptionSetValue(AliasedColumns.Linked<OptionSetValue>(row, SaveMetricsData.AccountAlias, Model.Account.Segment)),
        row.GetAttributeValue<DateTime>(Opportunity.TermEndDate),
        row.GetAttributeValue<OptionSetValue>(Opportunity.RiskCategory)?.Value == RiskCategoryChoice.Red,
        row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value switch
        {
            OpportunityStateCodeChoice.Won => NextRenewalResult.Won,
            OpportunityStateCodeChoice.Lost => NextRenewalResult.Lost,
            _ => NextRenewalResult.Open,
        });
}
