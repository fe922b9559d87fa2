using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Cli.Demo;

/// <summary>The concession moves of the approval demo, each through the pipeline as the user who makes it.</summary>
internal sealed class ApprovalDesk
{
    private readonly OrganizationEmulator organization;

    public ApprovalDesk(OrganizationEmulator organization) => this.organization = organization;

    /// <summary>A price discount on a renewal as a form fills it in; extra text fields set by <paramref name="complete"/>.</summary>
    public static Entity Discount(EntityReference renewal, decimal percent, bool complete = true, int status = ConcessionStatusChoice.Submitted)
    {
        var concession = new Entity(Concession.EntityLogicalName)
        {
            [Concession.Name] = percent + "% renewal discount",
            [Concession.ConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
            [Concession.DiscountPercent] = percent,
            [Concession.TiedTo] = "3-year commitment",
            [Concession.ConcessionStatus] = new OptionSetValue(status),
            [Concession.RenewalOpportunity] = renewal,
        };
        if (percent > 10m)
        {
            concession[Concession.Sunset] = "year 1 only";
        }

        if (complete)
        {
            concession[Concession.BusinessRationale] = "Competitor offer at 35% below our price; the account is 40% of the region's ARR.";
            concession[Concession.ChurnRisk] = "High: the CFO has signed a letter of intent with the competitor.";
            concession[Concession.AlternativesConsidered] = "Extra seats at no cost and a free upgrade; both refused.";
        }

        return concession;
    }

    /// <summary>Creates the row as <paramref name="user"/>; the refusal's message when a plugin or the platform refuses it.</summary>
    public (Guid? Id, string? Refusal) Create(EntityReference user, Entity row)
    {
        Guid? id = null;
        var refusal = Refused(() => id = organization.ServiceFor(user).Create(row));
        return (id, refusal);
    }

    /// <summary>Updates the concession as <paramref name="user"/>; the refusal's message when the gate refuses it.</summary>
    public string? Update(EntityReference user, Guid concession, string column, object? value) =>
        Refused(() => organization.ServiceFor(user).Update(new Entity(Concession.EntityLogicalName, concession) { [column] = value }));

    /// <summary>Runs <paramref name="attempt"/>; the message of the plugin's or the platform's refusal, or null when it went through.</summary>
    public static string? Refused(Action attempt)
    {
        try
        {
            attempt();
            return null;
        }
        catch (InvalidPluginExecutionException refusal)
        {
            return refusal.Message;
        }
        catch (OrganizationFaultException fault)
        {
            return fault.Message;
        }
    }

    /// <summary>Lends <paramref name="level"/> to <paramref name="delegateUser"/> until <paramref name="validTo"/> through <c>crr_DelegateAuthority</c>, as <paramref name="user"/>; the refusal or null.</summary>
    public string? Delegate(EntityReference user, EntityReference delegateUser, AuthorityLevel level, DateTime validTo) =>
        Refused(() => organization.ServiceFor(user).Execute(new OrganizationRequest(DelegateAuthorityApi.MessageName)
        {
            [DelegateAuthorityApi.RequestDelegate] = delegateUser,
            [DelegateAuthorityApi.RequestLevel] = ConcessionOptions.ToOptionSetValue(level),
            [DelegateAuthorityApi.RequestValidTo] = validTo,
        }));

    /// <summary>Approves every concession as <paramref name="user"/> in one ExecuteMultiple that continues on error, as a bulk edit does.</summary>
    public void ApproveInOneBatch(EntityReference user, IEnumerable<Guid> concessions)
    {
        var requests = new OrganizationRequestCollection();
        requests.AddRange(concessions.Select(id => new UpdateRequest
        {
            Target = new Entity(Concession.EntityLogicalName, id) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) },
        }));
        organization.ServiceFor(user).Execute(new ExecuteMultipleRequest { Requests = requests, Settings = new ExecuteMultipleSettings { ContinueOnError = true } });
    }

    /// <summary>Sets the status to Approved as <paramref name="user"/>.</summary>
    public string? Approve(EntityReference user, Guid concession) =>
        Update(user, concession, Concession.ConcessionStatus, new OptionSetValue(ConcessionStatusChoice.Approved));

    /// <summary>True when the stored concession is Approved.</summary>
    public bool IsApproved(Guid concession) =>
        organization.Find(Concession.EntityLogicalName, concession)?.GetAttributeValue<OptionSetValue>(Concession.ConcessionStatus)?.Value == ConcessionStatusChoice.Approved;

    /// <summary>The stored concession's approver, or null.</summary>
    public Guid? ApprovedBy(Guid concession) =>
        organization.Find(Concession.EntityLogicalName, concession)?.GetAttributeValue<EntityReference>(Concession.ApprovedBy)?.Id;

    /// <summary>Number of chain steps of the concession.</summary>
    public int ChainLength(Guid concession) =>
        organization.Rows(ConcessionApprovalStep.EntityLogicalName).Count(step => step.GetAttributeValue<EntityReference>(ConcessionApprovalStep.Concession)?.Id == concession);
}
