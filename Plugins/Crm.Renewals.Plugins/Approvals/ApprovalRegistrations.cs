using System;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// The approval feature's plugin types, steps and Custom API. The gate runs at PreOperation, not PreValidation: PreValidation runs
/// outside the transaction, so the discounts it reads could change before the write, and a nested save by another plugin
/// may skip it. The chain step runs at PostOperation in the same transaction, so a refused save leaves no step.
/// Both are unfiltered on Update: any column can make the save one the matrix must judge again. The chain guards run at
/// PreOperation, after the platform's privilege check, so a user without Write or Delete gets the platform's refusal first.
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
            new PluginTypeRegistration(new Guid("c4f1a2b3-7d8e-4f90-a1b2-c3d4e5f60718"), typeof(DelegateAuthorityPlugin)),
            new PluginTypeRegistration(new Guid("9d2e7c41-5b3a-4f68-8e1d-0a7b6c5d4e3f"), typeof(ApprovalStepDeleteGuardPlugin)),
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
            new StepRegistration(
                new Guid("e8a1b2c3-d4e5-4f60-9a7b-8c9d0e1f2a3b"), typeof(ApprovalStepDeleteGuardPlugin), SdkMessageNames.Delete, ConcessionApprovalStep.EntityLogicalName, PipelineStage.PreOperation),
        },
        CustomApis = new[]
        {
            new CustomApiBinding(EvaluateConcessionApi.MessageName, typeof(EvaluateConcessionPlugin)),
            new CustomApiBinding(DelegateAuthorityApi.MessageName, typeof(DelegateAuthorityPlugin)),
        },
    };
}
