using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// After a task is completed, cancelled, moved, re-pointed or deleted (post-operation, synchronous, inside the
/// transaction): each renewal it was or is regarding gets its next milestone again, from its open milestone tasks.
/// </summary>
public sealed class MilestoneTaskPlugin : PluginBase
{
    /// <summary>Alias of the pre-image with the task's regarding record.</summary>
    public const string PreImageAlias = "PreImage";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        foreach (var renewal in MilestoneTaskEvent.Renewals(context.PluginExecutionContext, PreImageAlias))
        {
            NextMilestoneRows.Refresh(context.SystemService, renewal);
        }
    }
}
