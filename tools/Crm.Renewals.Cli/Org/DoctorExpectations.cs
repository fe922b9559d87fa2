using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;

namespace Crm.Renewals.Cli.Org;

/// <summary>What a healthy environment holds, read from this repository: the solution, its steps, flow and keys.</summary>
/// <param name="SolutionName">Unique name of the solution.</param>
/// <param name="Version">The version this repository builds.</param>
/// <param name="Steps">Id and name of each step the solution registers.</param>
/// <param name="SweepFlow">Id of the daily sweep flow.</param>
/// <param name="Keys">Table and logical name of each alternate key the rules depend on.</param>
/// <param name="AuthoritiesSet">The Web API entity set of the approval authority table.</param>
public sealed record DoctorExpectations(string SolutionName, string Version, IReadOnlyList<(Guid Id, string Name)> Steps, Guid SweepFlow, IReadOnlyList<(string Table, string Key)> Keys, string AuthoritiesSet)
{
    /// <summary>Reads them from <c>Solution/src</c> and the plugin registrations.</summary>
    public static DoctorExpectations FromRepository(string solutionSource)
    {
        var manifest = XDocument.Load(Path.Combine(solutionSource, "Other", "Solution.xml")).Root!.Element("SolutionManifest")!;
        var flow = Directory.GetFiles(Path.Combine(solutionSource, "Workflows"), "*.json.data.xml").Single();
        return new DoctorExpectations(
            manifest.Element("UniqueName")!.Value,
            manifest.Element("Version")!.Value,
            PluginRegistrations.Steps.Select(step => (step.Id, $"{step.PluginType.Name}: {step.Message} of {step.PrimaryEntity}")).ToArray(),
            Guid.Parse((string)XDocument.Load(flow).Root!.Attribute("WorkflowId")!),
            [(Opportunity.EntityLogicalName, Opportunity.KeyContractTermEndDate), (Concession.EntityLogicalName, Concession.KeyRenewalOpportunityApprovalSequence)],
            OrganizationMetadata.FromSolutionFolder(solutionSource).GetTable(ApprovalAuthority.EntityLogicalName).EntitySetName);
    }
}
