using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>
/// PreOperation of remediation item Create and Update: an item needs an owner, a due date not in the past when it is
/// set, and a success metric; every problem is listed in one message and nothing is saved.
/// </summary>
public sealed class RemediationItemPlugin : PluginBase
{
    /// <summary>Alias of the Update step's pre-image (<see cref="RemediationItemRows.ImageColumns"/>).</summary>
    public const string PreImageAlias = "RemediationItem";

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var item = RemediationItemRows.Read(StepContext.TargetEntity(execution), StepContext.Image(execution.PreEntityImages, PreImageAlias));
        var problems = Domain.Saves.RemediationItemRules.Problems(item.HasOwner, item.DueDate, item.DueDateIsNew, item.SuccessMetric, context.Clock.UtcNow);
        RemediationItemRows.RefuseIfAny(problems);
    }
}
