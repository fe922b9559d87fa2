using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Solution.Reading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using TaskTable = Crm.Renewals.Plugins.Model.Task;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals fixture &lt;file&gt;</c>: the demo's book of business on the emulator, with the renewals its sweeps
/// generate over some weeks (nobody works their milestones, so some fall behind), written as the Web API would return
/// it to the web resources — the open renewals and their open tasks — together with what the solution's Custom APIs
/// answer over those rows. The browser tests host the dashboard on it, so the page is checked against figures the real
/// plugins computed.
/// </summary>
public sealed class FixtureCommand : ICommand
{
    private const int SweepDays = 60;
    private const int SweepHour = 6;
    private const string Usage = "usage: renewals fixture <file>";

    /// <inheritdoc />
    public string Name => "fixture";

    /// <inheritdoc />
    public string Summary => "Writes the demo's open renewals, their tasks and the Custom APIs' answers as Web API JSON, for the browser tests.";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count != 1 || arguments[0].StartsWith('-'))
        {
            output.WriteLine(Usage);
            return 2;
        }

        OrganizationEmulator organization;
        try
        {
            organization = new OrganizationEmulator(OrganizationMetadata.ForRepositorySolution()).RegisterSolutionPlugins();
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or SolutionFormatException or InvalidOperationException)
        {
            output.WriteLine("renewals fixture: " + exception.Message);
            return 1;
        }

        var users = DemoUsers.Create(organization);
        new BookOfBusiness(organization, DemoCommand.Seed).Seed(users);
        organization.RunAsyncJobs();
        var sweep = new RenewalDemoSweep(organization.ServiceFor(organization.Users.CreateUser("Renewal Scheduler")));
        var start = organization.Clock.Today;
        for (var day = 1; day <= SweepDays; day++)
        {
            organization.Clock.Set(start.AddDays(day).AddHours(SweepHour));
            sweep.RunToday();
            organization.RunAsyncJobs();
        }

        var file = Path.GetFullPath(arguments[0]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using (var stream = File.Create(file))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            Write(json, organization);
        }

        output.WriteLine($"renewals fixture: {file} ({new FileInfo(file).Length:N0} bytes), the organization on {organization.Clock.UtcNow:yyyy-MM-dd HH:mm} UTC");
        return 0;
    }

    private static void Write(Utf8JsonWriter json, OrganizationEmulator organization)
    {
        var service = organization.Service;
        var renewals = service.RetrieveMultiple(new QueryExpression(Opportunity.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(Opportunity.Name, Opportunity.CustomerId, Opportunity.RiskCategory, Opportunity.EstimatedValue, Opportunity.TermEndDate, Opportunity.StateCode, Opportunity.IsRenewal, Opportunity.NextMilestone, Opportunity.NextMilestoneDue),
            Criteria = { Conditions = { new ConditionExpression(Opportunity.IsRenewal, ConditionOperator.Equal, true), new ConditionExpression(Opportunity.StateCode, ConditionOperator.Equal, OpportunityStateCodeChoice.Open) } },
        }).Entities;
        var ids = renewals.Select(r => r.Id).ToHashSet();
        var tasks = service.RetrieveMultiple(new QueryExpression(TaskTable.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(TaskTable.Subject, TaskTable.RegardingObjectId, TaskTable.Milestone, TaskTable.ScheduledEnd, TaskTable.StateCode),
            Criteria = { Conditions = { new ConditionExpression(TaskTable.StateCode, ConditionOperator.Equal, TaskStateCodeChoice.Open) } },
        }).Entities.Where(t => t.GetAttributeValue<EntityReference>(TaskTable.RegardingObjectId) is { } regarding && ids.Contains(regarding.Id));

        // The formatted values the Web API would add: option labels, the customer's name, money in the base currency (USD).
        var accountNames = service.RetrieveMultiple(new QueryExpression(Account.EntityLogicalName) { ColumnSet = new ColumnSet(Account.Name) }).Entities
            .ToDictionary(a => a.Id, a => a.GetAttributeValue<string>(Account.Name));
        var labels = (string table, string column, int value) => organization.Metadata.GetTable(table).Columns.First(c => c.LogicalName == column).OptionSet?.Options.FirstOrDefault(o => o.Value == value)?.Label;
        foreach (var renewal in renewals)
        {
            if (renewal.GetAttributeValue<EntityReference>(Opportunity.CustomerId) is { } customer && accountNames.TryGetValue(customer.Id, out var accountName))
            {
                renewal.FormattedValues[Opportunity.CustomerId] = accountName;
            }

            if (renewal.GetAttributeValue<OptionSetValue>(Opportunity.RiskCategory) is { } risk && labels(Opportunity.EntityLogicalName, Opportunity.RiskCategory, risk.Value) is { } riskLabel)
            {
                renewal.FormattedValues[Opportunity.RiskCategory] = riskLabel;
            }

            if (renewal.GetAttributeValue<Money>(Opportunity.EstimatedValue) is { } arr)
            {
                renewal.FormattedValues[Opportunity.EstimatedValue] = "$" + arr.Value.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var taskList = tasks.ToList();
        foreach (var task in taskList)
        {
            if (task.GetAttributeValue<OptionSetValue>(TaskTable.Milestone) is { } milestone && labels(TaskTable.EntityLogicalName, TaskTable.Milestone, milestone.Value) is { } milestoneLabel)
            {
                task.FormattedValues[TaskTable.Milestone] = milestoneLabel;
            }
        }

        json.WriteStartObject();
        json.WriteString("now", organization.Clock.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartObject("tables");
        json.WriteStartArray(Opportunity.EntityLogicalName);
        foreach (var renewal in renewals)
        {
            WebApiRows.Write(json, renewal, Opportunity.OpportunityId,
                [Opportunity.Name, Opportunity.CustomerId, Opportunity.RiskCategory, Opportunity.EstimatedValue, Opportunity.TermEndDate, Opportunity.StateCode, Opportunity.IsRenewal, Opportunity.NextMilestone, Opportunity.NextMilestoneDue],
                [Opportunity.TermEndDate]);
        }

        json.WriteEndArray();
        json.WriteStartArray(TaskTable.EntityLogicalName);
        foreach (var task in taskList)
        {
            WebApiRows.Write(json, task, TaskTable.ActivityId, [TaskTable.Subject, TaskTable.RegardingObjectId, TaskTable.Milestone, TaskTable.ScheduledEnd, TaskTable.StateCode], []);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        // The labels the client API's getEntityMetadata gives for the next milestone choice.
        json.WriteStartObject("metadata");
        json.WriteStartObject(Opportunity.EntityLogicalName);
        json.WriteStartArray(Opportunity.NextMilestone);
        foreach (var option in organization.Metadata.GetTable(Opportunity.EntityLogicalName).Columns.First(c => c.LogicalName == Opportunity.NextMilestone).OptionSet?.Options ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("Value", option.Value);
            json.WriteString("Label", option.Label);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("apis");
        var pipeline = service.Execute(new OrganizationRequest(GetRenewalPipelineApi.MessageName)).Results;
        json.WriteStartObject(GetRenewalPipelineApi.MessageName);
        json.WriteStartObject("body");
        json.WriteString(GetRenewalPipelineApi.ResponseFigures, (string)pipeline[GetRenewalPipelineApi.ResponseFigures]);
        json.WriteNumber(GetRenewalPipelineApi.ResponseQueries, (int)pipeline[GetRenewalPipelineApi.ResponseQueries]);
        json.WriteEndObject();
        json.WriteEndObject();
        var today = organization.Clock.Today;
        var saves = service.Execute(new OrganizationRequest(GetSaveMetricsApi.MessageName) { [GetSaveMetricsApi.RequestFrom] = today.AddYears(-1).AddDays(1), [GetSaveMetricsApi.RequestTo] = today }).Results;
        json.WriteStartObject(GetSaveMetricsApi.MessageName);
        json.WriteStartObject("body");
        foreach (var (key, value) in saves)
        {
            switch (value)
            {
                case int number: json.WriteNumber(key, number); break;
                case decimal number: json.WriteNumber(key, number); break;
                case string text: json.WriteString(key, text); break;
                default: break;
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
