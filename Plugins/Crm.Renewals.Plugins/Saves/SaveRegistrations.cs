using System;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Plugins.Saves;

/// <summary>
/// The save feature's plugin types, steps and Custom APIs. The save plan and remediation item steps run at
/// PreOperation, inside the transaction, so what they derive or refuse is saved with the row or not at all; the save
/// plan step sees every path that opens a plan, the risk plugin's included.
/// </summary>
public static class SaveRegistrations
{
    /// <summary>The declarations, listed in <see cref="PluginRegistrations"/>.</summary>
    public static FeatureRegistrations Feature { get; } = new()
    {
        PluginTypes = new[]
        {
            new PluginTypeRegistration(new Guid("3b09b3eb-805a-426f-bec5-c410d52aabf4"), typeof(SavePlanPlugin)),
            new PluginTypeRegistration(new Guid("a766411a-e3e0-429f-94a9-ee52702a7524"), typeof(RemediationItemPlugin)),
            new PluginTypeRegistration(new Guid("18b8164f-305e-4e7a-b51e-cf979f4ed2e6"), typeof(LogSaveOutcomePlugin)),
            new PluginTypeRegistration(new Guid("6c081d18-a77a-485b-a01d-e241448644c1"), typeof(GetSaveMetricsPlugin)),
        },
        Steps = new[]
        {
            new StepRegistration(new Guid("e7d6af67-5785-452d-b9dd-0b33510420cf"), typeof(SavePlanPlugin), SdkMessageNames.Create, SavePlan.EntityLogicalName, PipelineStage.PreOperation),
            new StepRegistration(new Guid("8a82ea28-a576-4934-b254-922d39a39625"), typeof(SavePlanPlugin), SdkMessageNames.Update, SavePlan.EntityLogicalName, PipelineStage.PreOperation)
            {
                Images = new[] { new StepImage(new Guid("99c681eb-cdcb-4d36-86a4-c04c57b6417c"), SavePlanPlugin.PreImageAlias, ImageType.PreImage, SavePlanRows.ImageColumns.ToArray()) },
            },
            new StepRegistration(new Guid("33760174-2b06-4c4d-a0fa-e302fa9d4ff7"), typeof(RemediationItemPlugin), SdkMessageNames.Create, RemediationItem.EntityLogicalName, PipelineStage.PreOperation),
            new StepRegistration(new Guid("51f9fcc0-7d5e-4975-8d67-963058dbc1ec"), typeof(RemediationItemPlugin), SdkMessageNames.Update, RemediationItem.EntityLogicalName, PipelineStage.PreOperation)
            {
                Images = new[] { new StepImage(new Guid("555fca24-30f9-4109-b7ea-22ac3092382b"), RemediationItemPlugin.PreImageAlias, ImageType.PreImage, RemediationItemRows.ImageColumns.ToArray()) },
            },
        },
        CustomApis = new[]
        {
            new CustomApiBinding(LogSaveOutcomeApi.MessageName, typeof(LogSaveOutcomePlugin)),
            new CustomApiBinding(GetSaveMetricsApi.MessageName, typeof(GetSaveMetricsPlugin)),
        },
    };
}
