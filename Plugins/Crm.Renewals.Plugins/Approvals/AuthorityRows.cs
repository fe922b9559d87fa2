using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>Reads a user's approval authorities (<c>crr_approvalauthority</c>).</summary>
internal static class AuthorityRows
{
    /// <summary>The user's level on <paramref name="day"/>: the highest active row valid that day, or null.</summary>
    /// <param name="context">The step's context (read as SYSTEM, whatever the user may read).</param>
    /// <param name="userId">The user.</param>
    /// <param name="day">The day.</param>
    /// <returns>The level, or null.</returns>
    public static AuthorityLevel? LevelOn(ILocalPluginContext context, Guid userId, DateTime day) => AuthorityGrant.LevelOn(ActiveGrantsOf(context, userId), day);

    /// <summary>The user's active authority rows, own and delegated, in one query (read as SYSTEM).</summary>
    /// <param name="context">The step's context.</param>
    /// <param name="userId">The user.</param>
    /// <returns>The grants; a row whose level the choice does not have grants nothing rather than a guessed level.</returns>
    public static IReadOnlyList<AuthorityGrant> ActiveGrantsOf(ILocalPluginContext context, Guid userId)
    {
        var query = new QueryExpression(ApprovalAuthority.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(ApprovalAuthority.Level, ApprovalAuthority.IsActive, ApprovalAuthority.ValidFrom, ApprovalAuthority.ValidTo, ApprovalAuthority.DelegatedBy),
        };
        query.Criteria.AddCondition(ApprovalAuthority.User, ConditionOperator.Equal, userId);
        query.Criteria.AddCondition(ApprovalAuthority.IsActive, ConditionOperator.Equal, true);
        var grants = new List<AuthorityGrant>();
        foreach (var row in context.SystemService.RetrieveMultiple(query).Entities)
        {
            if (ConcessionOptions.LevelOf(row.GetAttributeValue<OptionSetValue>(ApprovalAuthority.Level)) is AuthorityLevel level)
            {
                grants.Add(new AuthorityGrant(
                    level,
                    row.GetAttributeValue<bool>(ApprovalAuthority.IsActive),
                    row.GetAttributeValue<DateTime?>(ApprovalAuthority.ValidFrom),
                    row.GetAttributeValue<DateTime?>(ApprovalAuthority.ValidTo),
                    row.GetAttributeValue<EntityReference>(ApprovalAuthority.DelegatedBy) is not null));
            }
        }

        return grants;
    }
}
