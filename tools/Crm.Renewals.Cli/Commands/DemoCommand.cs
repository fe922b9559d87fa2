using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Crm.Renewals.Cli.Demo;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals demo</c>: creates an emulated organization from <c>Solution/src</c> with the solution's
/// plugins, seeds a repeatable book of business through the pipeline, drains the asynchronous jobs and
/// reports what happened.
/// </summary>
public sealed class DemoCommand : ICommand
{
    /// <summary>The random seed: the same book of business on every run.</summary>
    public const int Seed = 20260105;

    /// <inheritdoc />
    public string Name => "demo";

    /// <inheritdoc />
    public string Summary => "Runs the solution on an emulated organization seeded with a book of business.";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        OrganizationEmulator organization;
        try
        {
            organization = new OrganizationEmulator(OrganizationMetadata.ForRepositorySolution()).RegisterSolutionPlugins();
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or SolutionFormatException or InvalidOperationException)
        {
            output.WriteLine("renewals demo: " + exception.Message);
            return 1;
        }

        var users = DemoUsers.Create(organization);
        var summary = new BookOfBusiness(organization, Seed).Seed(users);
        organization.RunAsyncJobs();
        DemoReport.Write(output, organization, users, summary, Seed, stopwatch.Elapsed);
        RiskDemo.Write(output, organization);
        RenewalDemo.Write(output, organization, users);
        ApprovalDemo.Write(output, organization, users);
        return 0;
    }
}
