using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>Which opportunities a task change concerns: the one it was regarding (pre-image) and the one it is regarding now.</summary>
internal static class MilestoneTaskEvent
{
    /// <summary>The opportunities, each once; none when the task is not regarding an opportunity.</summary>
    public static IReadOnlyList<Guid> Renewals(IPluginExecutionContext context, string preImageAlias)
    {
        var regarding = new List<EntityReference?>
        {
            StepContext.Image(context.PreEntityImages, preImageAlias)?.GetAttributeValue<EntityReference>(TaskTable.RegardingObjectId),
        };
        if (context.InputParameters.TryGetValue(ParameterNames.Target, out var target) && target is Entity task && task.Contains(TaskTable.RegardingObjectId))
        {
            regarding.Add(task.GetAttributeValue<EntityReference>(TaskTable.RegardingObjectId));
        }

        return regarding
            .Where(reference => reference is not null && reference.LogicalName == Opportunity.EntityLogicalName)
            .Select(reference => reference!.Id)
            .Distinct()
            .ToList();
    }
}
