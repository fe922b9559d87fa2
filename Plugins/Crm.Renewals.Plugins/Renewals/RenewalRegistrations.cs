using System;
using System.Linq;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Plugins.Risk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// The renewal feature's plugin types, steps and Custom API. Contract validation runs synchronously at
/// PreValidation, so bad data is refused before the transaction starts. Generation after a contract save
/// runs asynchronously: contracts change rarely, the user's save stays fast, and outside a transaction a
/// concurrent duplicate is a normal, skipped outcome. The account step is synchronous because accounts
/// change often (signals from integrations): it makes no service call unless the account enters Red, and
/// queues no system job per update. Closing runs asynchronously after the close has committed, from the
/// opportunityclose activity that Win and Lose create (their own message ids are not published), and idempotently.
/// </summary>
public static class RenewalRegistrations
{
    /// <summary>
    /// Contract columns whose change can make a contract unrenewable (term: a won renewal records the next
    /// term from it; statecode: a contract reactivated must be renewable again).
    /// </summary>
    private static readonly string[] ValidatedColumns =
    {
        CustomerContract.Account,
        CustomerContract.StartDate,
        CustomerContract.EndDate,
        CustomerContract.Arr,
        CustomerContract.TermMonths,
        CustomerContract.ContractStatus,
        CustomerContract.StateCode,
    };

    /// <summary>Contract columns whose change can make a renewal due now (statecode: a contract reactivated).</summary>
    private static readonly string[] GenerationColumns =
    {
        CustomerContract.Account, CustomerContract.EndDate, CustomerContract.Arr, CustomerContract.ContractStatus, CustomerContract.StateCode,
    };

    /// <summary>The declarations, listed in <see cref="PluginRegistrations"/>.</summary>
    public static FeatureRegistrations Feature { get; } = new()
    {
        PluginTypes = new[]
        {
            new PluginTypeRegistration(new Guid("767dc91b-17dd-4591-82f2-04559c9692a1"), typeof(GenerateRenewalsPlugin)),
            new PluginTypeRegistration(new Guid("a9f45284-2633-4250-abc7-fe6e59bdaf8b"), typeof(ContractValidationPlugin)),
            new PluginTypeRegistration(new Guid("b73b22aa-b1a1-4d65-af3a-f02f24e7371b"), typeof(ContractRenewalPlugin)),
            new PluginTypeRegistration(new Guid("4b99fb7f-7bc7-4977-84b5-92791539c128"), typeof(AccountRedRenewalPlugin)),
            new PluginTypeRegistration(new Guid("b0e2a98f-6dd0-40e8-a096-50e98a217b49"), typeof(RenewalClosePlugin)),
            new PluginTypeRegistration(new Guid("ce870077-db1a-439c-a9f3-2197f631c97b"), typeof(MilestoneTaskPlugin)),
        },
        Steps = new[]
        {
            new StepRegistration(
                new Guid("855d25b3-da64-4af4-aeb1-011e6dc00231"), typeof(ContractValidationPlugin), SdkMessageNames.Create, CustomerContract.EntityLogicalName, PipelineStage.PreValidation),
            new StepRegistration(
                new Guid("87ac135b-4764-4938-8148-39d315a6178a"), typeof(ContractValidationPlugin), SdkMessageNames.Update, CustomerContract.EntityLogicalName, PipelineStage.PreValidation)
            {
                FilteringAttributes = ValidatedColumns,
                Images = new[]
                {
                    new StepImage(new Guid("60b28a01-f6d3-4cd6-a74d-bb1cdee4c9e9"), ContractValidationPlugin.PreImageAlias, ImageType.PreImage, ContractRows.ValidationColumns.ToArray()),
                },
            },
            new StepRegistration(
                new Guid("8cfae989-fcea-4fed-bf62-02cf92d7fe90"),
                typeof(ContractRenewalPlugin),
                SdkMessageNames.Create,
                CustomerContract.EntityLogicalName,
                PipelineStage.PostOperation,
                ExecutionMode.Asynchronous),
            new StepRegistration(
                new Guid("759d150e-8edb-48fd-8530-07f4cf76f29f"),
                typeof(ContractRenewalPlugin),
                SdkMessageNames.Update,
                CustomerContract.EntityLogicalName,
                PipelineStage.PostOperation,
                ExecutionMode.Asynchronous)
            {
                FilteringAttributes = GenerationColumns,
            },

            // The risk step writes crr_riskcategory into the Target itself, so this step listens to what the risk step listens to.
            new StepRegistration(
                new Guid("49544656-b500-40b0-99a2-edfaaa60fb38"), typeof(AccountRedRenewalPlugin), SdkMessageNames.Update, Account.EntityLogicalName, PipelineStage.PostOperation)
            {
                FilteringAttributes = AccountRiskColumns.Triggers,
                Images = new[] { new StepImage(new Guid("c6cc54be-1fb2-4614-b1fb-b3499321c066"), AccountRedRenewalPlugin.ImageAlias, ImageType.Both, Account.RiskCategory) },
            },

            // Win and Lose create an opportunityclose activity; after their transaction commits the opportunity's
            // final state is known, so the close runs asynchronously from there. An update of statecode from Open
            // (another path to Won or Lost) runs the same close; the closer is idempotent, so a close seen by both does its work once.
            new StepRegistration(
                new Guid("8c3ab683-53e4-430a-bb06-d376ff2e2316"),
                typeof(RenewalClosePlugin),
                SdkMessageNames.Create,
                OpportunityClose.EntityLogicalName,
                PipelineStage.PostOperation,
                ExecutionMode.Asynchronous),
            new StepRegistration(
                new Guid("275ccbf0-0de6-4491-b4ff-f996be893598"),
                typeof(RenewalClosePlugin),
                SdkMessageNames.Update,
                Opportunity.EntityLogicalName,
                PipelineStage.PostOperation,
                ExecutionMode.Asynchronous)
            {
                FilteringAttributes = new[] { Opportunity.StateCode },
                Images = new[] { new StepImage(new Guid("60cfdf28-e31e-4ec9-ad21-538cbdc40c6a"), OpportunityCloseEvent.StateImageAlias, ImageType.Both, Opportunity.StateCode) },
            },

            // A renewal's next milestone follows its milestone tasks: completing, cancelling, moving, re-pointing or
            // deleting one. The generator writes it with the tasks it creates, so task Create needs no step (and the
            // sweep no extra calls); a task created by hand is counted from its next change.
            new StepRegistration(new Guid("1aa9fb6c-7864-48b1-8d33-85026b59b189"), typeof(MilestoneTaskPlugin), SdkMessageNames.Update, Task.EntityLogicalName, PipelineStage.PostOperation)
            {
                FilteringAttributes = new[] { Task.StateCode, Task.ScheduledEnd, Task.Milestone, Task.RegardingObjectId },
                Images = new[] { new StepImage(new Guid("92df4c1b-6742-4763-beee-cf35b6aeea86"), MilestoneTaskPlugin.PreImageAlias, ImageType.PreImage, Task.RegardingObjectId) },
            },
            new StepRegistration(new Guid("8eb9efb7-a942-4bc8-a3e2-4cef2d95f8a7"), typeof(MilestoneTaskPlugin), SdkMessageNames.Delete, Task.EntityLogicalName, PipelineStage.PostOperation)
            {
                Images = new[] { new StepImage(new Guid("5df00f23-0c4b-42ed-8023-75d12ff01249"), MilestoneTaskPlugin.PreImageAlias, ImageType.PreImage, Task.RegardingObjectId) },
            },
        },
        CustomApis = new[]
        {
            new CustomApiBinding(GenerateRenewalsApi.MessageName, typeof(GenerateRenewalsPlugin)),
        },
    };
}
