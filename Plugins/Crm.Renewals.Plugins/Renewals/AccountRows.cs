using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>An <c>account</c> row, retrieved or linked into a contract query, → the domain's <see cref="RenewalAccount"/>.</summary>
internal static class AccountRows
{
    /// <summary>The account columns renewal decisions read.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[] { Account.Segment, Account.RiskCategory, Account.OwnerId };

    /// <summary>The domain view of a retrieved account row.</summary>
    public static RenewalAccount ToDomain(Entity account) => new()
    {
        Segment = SegmentOptions.FromOptionSetValue(account.GetAttributeValue<OptionSetValue>(Account.Segment)),
        Category = RiskCategoryOptions.FromOptionSetValue(account.GetAttributeValue<OptionSetValue>(Account.RiskCategory)),
        Owner = OwnerReferences.FromEntityReference(account.GetAttributeValue<EntityReference>(Account.OwnerId)),
    };

    /// <summary>The domain view of the account columns a query linked in under <paramref name="alias"/> (as <see cref="AliasedValue"/>s).</summary>
    public static RenewalAccount FromLinked(Entity row, string alias) => new()
    {
        Segment = SegmentOptions.FromOptionSetValue(AliasedColumns.Linked<OptionSetValue>(row, alias, Account.Segment)),
        Category = RiskCategoryOptions.FromOptionSetValue(AliasedColumns.Linked<OptionSetValue>(row, alias, Account.RiskCategory)),
        Owner = OwnerReferences.FromEntityReference(AliasedColumns.Linked<EntityReference>(row, alias, Account.OwnerId)),
    };
}
