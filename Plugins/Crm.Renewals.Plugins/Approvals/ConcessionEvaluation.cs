using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// Reads the request of <c>crr_EvaluateConcession</c> and writes its response. The typed values (type, discount, custom
/// flag, renewal) override the stored concession's; its text fields (tie-to, sunset, rationale …) are judged as saved.
/// The stored concession is read as the caller, so a user evaluates only what they may read.
/// </summary>
internal static class ConcessionEvaluation
{
    private const string Separator = "\n";

    /// <summary>The evaluation's input: the concession as typed, and who asks.</summary>
    public static ConcessionEvaluationInput Read(ILocalPluginContext context)
    {
        var inputs = context.PluginExecutionContext.InputParameters;
        var stored = inputs.TryGetValue(EvaluateConcessionApi.RequestConcession, out var reference) && reference is EntityReference concession
            ? context.UserService.Retrieve(Concession.EntityLogicalName, concession.Id, new ColumnSet(ConcessionRows.JudgedColumns.ToArray()))
            : null;
        var typed = new Entity(Concession.EntityLogicalName, stored?.Id ?? Guid.Empty);
        Copy(inputs, EvaluateConcessionApi.RequestConcessionType, typed, Concession.ConcessionType);
        Copy(inputs, EvaluateConcessionApi.RequestDiscountPercent, typed, Concession.DiscountPercent);
        Copy(inputs, EvaluateConcessionApi.RequestIsCustomDeal, typed, Concession.IsCustomDeal);
        Copy(inputs, EvaluateConcessionApi.RequestRenewalOpportunity, typed, Concession.RenewalOpportunity);
        var row = SavedRow.Merge(typed, stored);
        var caller = context.PluginExecutionContext.InitiatingUserId;
        var requester = stored?.GetAttributeValue<EntityReference>(Concession.RequestedBy)?.Id ?? caller;
        var renewal = row.GetAttributeValue<EntityReference>(Concession.RenewalOpportunity)?.Id;
        var save = new ConcessionSaveInput(ConcessionRows.ToRequest(row, ApprovedDiscounts.OnRenewal(context, renewal, row.Id).OtherApprovedDiscountPercent))
        {
            // A concession not saved yet is judged like a draft (type and range only): its text fields are not typed yet.
            RequestedStatus = stored is null ? ConcessionStatus.Draft : ConcessionStatus.Submitted,
            InitiatorLevel = AuthorityRows.LevelOn(context, caller, context.Clock.UtcNow),
            InitiatorIsRequester = requester == caller,
        };
        return new ConcessionEvaluationInput(save, AccountRisk(context, renewal));
    }

    /// <summary>Writes every response property.</summary>
    public static void WriteResponse(ILocalPluginContext context, ConcessionEvaluationInput evaluation, ApprovalMatrix matrix)
    {
        var input = evaluation.Save;
        var request = input.Request;
        var problems = ConcessionValidator.Validate(request, input.RequestedStatus, matrix);
        var required = ConcessionApprovals.RequiredLevel(request, matrix);
        var decision = ConcessionApprovals.Decide(input.InitiatorLevel, input.InitiatorIsRequester, required.Level);
        var outputs = context.PluginExecutionContext.OutputParameters;
        outputs[EvaluateConcessionApi.ResponseRequiredLevel] = ConcessionOptions.ToOptionSetValue(required.Level);
        outputs[EvaluateConcessionApi.ResponseTotalDiscountPercent] = request.TotalDiscountPercent;
        outputs[EvaluateConcessionApi.ResponseCanApprove] = decision.CanApprove && problems.Count == 0;
        outputs[EvaluateConcessionApi.ResponseReasons] = string.Join(Separator, required.Reasons.Concat(new[] { decision.Reason }));
        outputs[EvaluateConcessionApi.ResponseMessages] = ProblemText.Join(problems, ConcessionProblemText.ColumnOf, Separator);
        outputs[EvaluateConcessionApi.ResponseGuidance] = DiscountGuidance.For(evaluation.AccountRisk, request.HasDiscount ? request.TotalDiscountPercent : null, matrix);
    }

    // Read as SYSTEM: the category only picks the guidance range, and a CSM may evaluate a renewal whose account another team owns.
    private static RiskCategory? AccountRisk(ILocalPluginContext context, Guid? renewalId)
    {
        if (renewalId is not Guid renewal)
        {
            return null;
        }

        var account = context.SystemService.Retrieve(Opportunity.EntityLogicalName, renewal, new ColumnSet(Opportunity.ParentAccountId))
            .GetAttributeValue<EntityReference>(Opportunity.ParentAccountId);
        return account is null
            ? null
            : RiskCategoryOptions.FromOptionSetValue(context.SystemService.Retrieve(Account.EntityLogicalName, account.Id, new ColumnSet(Account.RiskCategory))
                .GetAttributeValue<OptionSetValue>(Account.RiskCategory));
    }

    private static void Copy(ParameterCollection inputs, string parameter, Entity row, string column)
    {
        if (inputs.TryGetValue(parameter, out var value) && value is not null)
        {
            row[column] = value;
        }
    }
}
