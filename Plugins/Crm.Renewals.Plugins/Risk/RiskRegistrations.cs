using System;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// The risk feature's plugin types, steps and Custom API. Create steps have no filtering attributes and
/// no pre-image (the platform has neither for Create); the Update steps listen to
/// <see cref="AccountRiskColumns.Triggers"/> only, so an update of any other column does not evaluate.
/// Both PreOperation and PostOperation are synchronous: the results, the history row and the save plan
/// are saved in the caller's transaction or not at all.
/// </summary>
public static class RiskRegistrations
{
    /// <summary>The declarations, listed in <see cref="PluginRegistrations"/>.</summary>
    public static FeatureRegistrations Feature { get; } = new()
    {
        PluginTypes = new[]
        {
            new PluginTypeRegistration(new Guid("a92b7849-97af-4ec0-b041-be381f491404"), typeof(AccountRiskPlugin)),
            new PluginTypeRegistration(new Guid("d3cae451-762a-45e2-9bc2-8e63d49e5974"), typeof(RiskHistoryPlugin)),
            new PluginTypeRegistration(new Guid("009f9030-04d5-4f91-8808-6eeef80a9938"), typeof(EvaluateAccountRiskPlugin)),
            new PluginTypeRegistration(new Guid("5b0d6f1e-8a3c-4e27-9d41-c2f7a86b13e9"), typeof(RiskRecheckPlugin)),
        },
        Steps = new[]
        {
            new StepRegistration(new Guid("bc09af0a-dcf6-4caf-b19a-6b9469804e83"), typeof(AccountRiskPlugin), SdkMessageNames.Create, Account.EntityLogicalName, PipelineStage.PreOperation),
            new StepRegistration(new Guid("3fa0c399-1c77-48fb-867a-b05edf6088f4"), typeof(AccountRiskPlugin), SdkMessageNames.Update, Account.EntityLogicalName, PipelineStage.PreOperation)
            {
                FilteringAttributes = AccountRiskColumns.Triggers,
                Images = new[]
                {
                    new StepImage(new Guid("b28a64e6-1b68-4c80-9d47-fb201244a645"), AccountRiskPlugin.PreImageAlias, ImageType.PreImage, AccountRiskColumns.Inputs.ToArray()),
                },
            },
            new StepRegistration(new Guid("0c6e2a94-3f1b-4d8e-a5c7-7e19b2d40f63"), typeof(RiskRecheckPlugin), SdkMessageNames.Update, Account.EntityLogicalName, PipelineStage.PostOperation)
            {
                FilteringAttributes = AccountRiskColumns.Inputs,
                Images = new[]
                {
                    new StepImage(new Guid("9f3b6d20-47ac-4e1f-b8d5-60c2e7a41f95"), RiskRecheckPlugin.PreImageAlias, ImageType.PreImage, AccountRiskColumns.Inputs.ToArray()),
                    new StepImage(new Guid("e4a1c7d2-6b95-4f08-8c3e-1d7f5a92b604"), RiskRecheckPlugin.PostImageAlias, ImageType.PostImage, AccountRiskColumns.Inputs.ToArray()),
                },
            },
            new StepRegistration(new Guid("80b03ba4-beee-463f-b0ee-6e198d21988c"), typeof(RiskHistoryPlugin), SdkMessageNames.Create, Account.EntityLogicalName, PipelineStage.PostOperation)
            {
                Images = new[] { HistoryPostImage(new Guid("dea5c0e8-1f62-4b92-bc63-fbb3ab8a056d")) },
            },
            new StepRegistration(new Guid("e90f06be-f4fd-4df5-8fed-8d34b053c9e8"), typeof(RiskHistoryPlugin), SdkMessageNames.Update, Account.EntityLogicalName, PipelineStage.PostOperation)
            {
                FilteringAttributes = AccountRiskColumns.Triggers,
                Images = new[]
                {
                    new StepImage(new Guid("ed06a2ef-9dd9-442d-83de-dbc817653c51"), RiskHistoryPlugin.PreImageAlias, ImageType.PreImage, Account.RiskCategory),
                    HistoryPostImage(new Guid("e6b86ea3-c72e-4e0e-bc72-1c04a3700c75")),
                },
            },
        },
        CustomApis = new[]
        {
            new CustomApiBinding(EvaluateAccountRiskApi.MessageName, typeof(EvaluateAccountRiskPlugin)),
        },
    };

    // Each step's image needs its own registration id, so the image is declared per step.
    private static StepImage HistoryPostImage(Guid id) => new(
        id,
        RiskHistoryPlugin.PostImageAlias,
        ImageType.PostImage,
        Account.RiskCategory,
        Account.RiskScore,
        Account.RiskReasons,
        Account.Name,
        Account.OwnerId);
}
