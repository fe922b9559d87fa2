using System;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// The approval feature's plugin types, steps and Custom API. The gate runs at PreOperation, not PreValidation: PreValidation runs
/// outside the transaction, so the discounts it reads could change before the write, and a nested save by another plugin
/// may skip it. The chain step runs at PostOperation in the same transaction, so a refused save leaves no step.
/// Both are unfiltered on Update: any column can make the save one the matrix must judge again. The chain guard runs at
/// PreOperation, after the platform's privilege check, so a user without Write gets the platform's refusal first.
/// </summary>
public static class ApprovalRegistrations
{
    /// <summary>The declarations, listed in <see cref="PluginRegistrations"/>.</summary>
    public static FeatureRegistrations Feature { get; } = new()
    {
        PluginTypes = new[]
        {
            new PluginTypeRegistration(new Guid("3abb770f-48ab-4110-bdcd-07785136e097"), typeof(ApprovalStepGuardPlugin)),
            new PluginTypeRegistration(new Guid("a781901b-27f4-469a-9bdd-d7225592ea11"), typeof(EvaluateConcessionPlugin)),
            new PluginTypeRegistration(new Guid("47e3ba84-d204-4cb4-b1c2-02bafab8c2d2"), typeof(ConcessionGatePlugin)),
            new PluginTypeRegistration(new Guid("83e7efc6-d082-41c7-aad0-5ef612124de7"), typeof(ConcessionChainPlugin)),
        },
        Steps = new[]
        {
            new StepRegistration(
                new Guid("da3d0d6d-1d38-45d1-aed3-bc4968f1855d"), typeof(ConcessionGatePlugin), SdkMessageNames.Create, Concession.EntityLogicalName, PipelineStage.PreOperation),
            new StepRegistration(
                new Guid("af437f15-cc79-44a0-8b0f-124d9e362873"), typeof(ConcessionGatePlugin), SdkMessageNames.Update, Concession.EntityLogicalName, PipelineStage.PreOperation)
            {
                Images = new[]
                {
                    new StepImage(new Guid("62bab234-9ede-485c-b2fe-2e3416245ac3"), ConcessionGatePlugin.PreImageAlias, ImageType.PreImage, ConcessionRows.JudgedColumns.ToArray()),
                },
            },
            new StepRegistration(
                new Guid("76bd8fac-7427-4567-9f39-3677695d847e"), typeof(ConcessionChainPlugin), SdkMessageNames.Create, Concession.EntityLogicalName, PipelineStage.PostOperation),
            new StepRegistration(
                new Guid("6f057966-d0b8-4bab-8d17-1f5bc3d6ded3"), typeof(ConcessionChainPlugin), SdkMessageNames.Update, Concession.EntityLogicalName, PipelineStage.PostOperation),
            new StepRegistration(
                new Guid("1296fbe3-f69c-45d1-afba-af162b058887"), typeof(ApprovalStepGuardPlugin), SdkMessageNames.Update, ConcessionApprovalStep.EntityLogicalName, PipelineStage.PreOperation),
        },
        CustomApis = new[]
        {
            new CustomApiBinding(EvaluateConcessionApi.MessageName, typeof(EvaluateConcessionPlugin)),
        },
    };
}
