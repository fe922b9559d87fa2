using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Crm.Renewals.Cli.Bench;
using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Cli.Commands;

/// <summary>
/// <c>renewals bench</c>: measures the organization emulator on this machine: the cost of a fresh
/// organization per test, Create / Update / RetrieveMultiple throughput, and the pipeline's overhead
/// per synchronous step. A command, never a timed test: timings depend on the machine.
/// </summary>
public sealed class BenchCommand : ICommand
{
    /// <summary>Target: a fresh organization per test, after the first, in under a millisecond.</summary>
    public const double FreshOrganizationTargetMicroseconds = 1_000;

    /// <summary>Target: one synchronous no-op step adds under 50 µs to an Update.</summary>
    public const double StepOverheadTargetMicroseconds = 50;

    private const string Table = "account";
    private const string NameColumn = "name";
    private const string EmployeesColumn = "numberofemployees";
    private const int WarmUp = 200;
    private const int OrganizationSamples = 2_000;
    private const int Rows = 10_000;
    private const int QueriedRows = 2_000;
    private const int QuerySamples = 1_000;
    private const int QueryPageSize = 50;
    private const int Rounds = 41;
    private const int UpdatesPerRound = 1_000;

    /// <inheritdoc />
    public string Name => "bench";

    /// <inheritdoc />
    public string Summary => "Prints benchmark figures: the emulator (fresh organization, throughput, pipeline overhead), risk updates and the renewal sweep.";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}");

        var loading = Stopwatch.StartNew();
        var metadata = OrganizationMetadata.ForRepositorySolution();
        new OrganizationEmulator(metadata).RegisterSolutionPlugins();
        output.WriteLine($"First organization (reads Solution/src and the platform tables once per process): {Milliseconds(loading.Elapsed.TotalMicroseconds)}");

        var fresh = Timing.PerCall(WarmUp, OrganizationSamples, () => new OrganizationEmulator(metadata).RegisterSolutionPlugins());
        output.WriteLine($"Fresh organization per test:  median {Micro(fresh.MedianMicroseconds)}, p95 {Micro(fresh.P95Microseconds)}  (target < 1 ms: {Verdict(fresh.MedianMicroseconds < FreshOrganizationTargetMicroseconds)})");

        var organization = new OrganizationEmulator(metadata);
        var ids = new Guid[Rows];
        var created = 0;
        var create = Timing.PerCall(0, Rows, () => ids[created] = organization.Service.Create(new Entity(Table) { [NameColumn] = "Account " + created++, [EmployeesColumn] = created }));
        output.WriteLine($"Create:            {Throughput(create)}");

        var updated = 0;
        var update = Timing.PerCall(0, Rows, () => organization.Service.Update(new Entity(Table, ids[updated++ % Rows]) { [EmployeesColumn] = updated }));
        output.WriteLine($"Update:            {Throughput(update)}");

        var queried = new OrganizationEmulator(metadata);
        for (var index = 0; index < QueriedRows; index++)
        {
            queried.Service.Create(new Entity(Table) { [NameColumn] = "Account " + index, [EmployeesColumn] = index });
        }

        var query = new QueryExpression(Table) { ColumnSet = new ColumnSet(NameColumn), TopCount = QueryPageSize };
        query.Criteria.AddCondition(EmployeesColumn, ConditionOperator.GreaterEqual, QueriedRows / 2);
        query.AddOrder(EmployeesColumn, OrderType.Ascending);
        var retrieve = Timing.PerCall(WarmUp, QuerySamples, () => queried.Service.RetrieveMultiple(query));
        output.WriteLine($"RetrieveMultiple:  {Throughput(retrieve)}  (filter + order over {QueriedRows:N0} rows, top {QueryPageSize})");

        var (withoutStep, withStep) = StepOverhead(metadata);
        var overhead = withStep.MedianMicroseconds - withoutStep.MedianMicroseconds;
        output.WriteLine($"Pipeline overhead of one synchronous no-op step per Update: {Micro(overhead)}  (Update {Micro(withoutStep.MedianMicroseconds)} without, {Micro(withStep.MedianMicroseconds)} with; target < 50 µs: {Verdict(overhead < StepOverheadTargetMicroseconds)})");
        var (asAdministrator, asCsm) = SecurityOverhead(metadata);
        output.WriteLine($"Privilege check per Update as a user with a real role (Basic depth, own row): {Micro(asCsm.MedianMicroseconds - asAdministrator.MedianMicroseconds)}  "
            + $"(Update {Micro(asAdministrator.MedianMicroseconds)} as System Administrator, {Micro(asCsm.MedianMicroseconds)} as the user; target < 50 µs: "
            + $"{Verdict(asCsm.MedianMicroseconds - asAdministrator.MedianMicroseconds < StepOverheadTargetMicroseconds)})");
        Benchmarks.RiskBenchmark.Run(metadata, output);
        Benchmarks.RenewalBenchmark.Run(metadata, output);
        Benchmarks.ApprovalBenchmark.Run(metadata, output);
        Benchmarks.SaveBenchmark.Run(metadata, output);
        Benchmarks.PipelineBenchmark.Run(metadata, output);
        return 0;
    }

    // Alternating rounds on two organizations cancel out drift (JIT, GC, other load) between the two series.
    private static (TimingSample Without, TimingSample With) StepOverhead(OrganizationMetadata metadata)
    {
        var plain = new OrganizationEmulator(metadata);
        var stepped = new OrganizationEmulator(metadata)
            .RegisterStep(new StepRegistration(Guid.NewGuid(), typeof(NoOpPlugin), "Update", Table, PipelineStage.PreOperation));
        var plainId = plain.Service.Create(new Entity(Table) { [NameColumn] = "Plain" });
        var steppedId = stepped.Service.Create(new Entity(Table) { [NameColumn] = "Stepped" });
        var without = new List<double>();
        var with = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            without.Add(Timing.PerCallInRounds(1, UpdatesPerRound, index => plain.Service.Update(new Entity(Table, plainId) { [EmployeesColumn] = index })).MedianMicroseconds);
            with.Add(Timing.PerCallInRounds(1, UpdatesPerRound, index => stepped.Service.Update(new Entity(Table, steppedId) { [EmployeesColumn] = index })).MedianMicroseconds);
        }

        return (TimingSample.Of([.. without]), TimingSample.Of([.. with]));
    }

    // The same Update of an own row, as the administrator (no check past the role lookup) and as a user whose role grants
    // Basic Write: the difference is what the security model costs a call.
    private static (TimingSample Administrator, TimingSample User) SecurityOverhead(OrganizationMetadata metadata)
    {
        var organization = new OrganizationEmulator(metadata);
        var user = organization.Users.CreateUser("Bench User", systemAdministrator: false);
        organization.Security.AssignRole(user, organization.Security.CreateRole(
            "Bench role",
            RoleGrant.On(PrivilegeAction.Create, "Account", PrivilegeDepth.Basic),
            RoleGrant.On(PrivilegeAction.Write, "Account", PrivilegeDepth.Basic),
            RoleGrant.On(PrivilegeAction.Read, "Account", PrivilegeDepth.Basic)));
        var service = organization.ServiceFor(user);
        var userRow = service.Create(new Entity(Table) { [NameColumn] = "User's" });
        var adminRow = organization.Service.Create(new Entity(Table) { [NameColumn] = "Administrator's" });
        var administrator = new List<double>();
        var asUser = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            administrator.Add(Timing.PerCallInRounds(1, UpdatesPerRound, index => organization.Service.Update(new Entity(Table, adminRow) { [EmployeesColumn] = index })).MedianMicroseconds);
            asUser.Add(Timing.PerCallInRounds(1, UpdatesPerRound, index => service.Update(new Entity(Table, userRow) { [EmployeesColumn] = index })).MedianMicroseconds);
        }

        return (TimingSample.Of([.. administrator]), TimingSample.Of([.. asUser]));
    }

    private static string Throughput(TimingSample sample) =>
        $"{sample.OperationsPerSecond.ToString("N0", CultureInfo.InvariantCulture)}/s  (median {Micro(sample.MedianMicroseconds)}, p95 {Micro(sample.P95Microseconds)})";

    private static string Micro(double microseconds) => microseconds.ToString("0.0", CultureInfo.InvariantCulture) + " µs";

    private static string Milliseconds(double microseconds) => (microseconds / 1_000).ToString("0", CultureInfo.InvariantCulture) + " ms";

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
