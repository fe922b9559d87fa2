using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Configuration;
using Crm.Renewals.Emulator.CustomApis;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Services;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Time;
using Crm.Renewals.Emulator.Users;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator;

/// <summary>
/// An in-process Dataverse organization: metadata-validated store, event pipeline with the solution's
/// plugins, transactions, queued asynchronous steps, one clock and a log of everything that ran.
/// Creating one costs microseconds once the metadata is loaded, so every test can have its own.
/// </summary>
/// <remarks>
/// Calls from outside are serialized per organization; organizations share nothing but their immutable
/// metadata, so tests running in parallel each use their own.
/// </remarks>
public sealed class OrganizationEmulator
{
    /// <summary>The most asynchronous jobs one <see cref="RunAsyncJobs"/> runs before it suspects a loop.</summary>
    public const int MaximumAsyncJobsPerDrain = 100_000;

    private readonly EmulatedOrganization organization;

    /// <summary>Creates an empty organization over <paramref name="metadata"/> with no plugin registered.</summary>
    /// <param name="metadata">The schema (see <see cref="OrganizationMetadata"/>).</param>
    public OrganizationEmulator(OrganizationMetadata metadata)
    {
        organization = new EmulatedOrganization(metadata ?? throw new ArgumentNullException(nameof(metadata)));
        Users = new OrganizationUsers(this);
        Security = new OrganizationSecurity(this);
        Service = ServiceFor(organization.Identities.DefaultUserId);
        SystemService = ServiceFor(organization.Identities.SystemUserId);
    }

    /// <summary>An organization of the repository's <c>Solution/src</c> with every step and Custom API of <see cref="PluginRegistrations"/>.</summary>
    /// <returns>A new organization.</returns>
    public static OrganizationEmulator ForSolution() => new OrganizationEmulator(OrganizationMetadata.ForRepositorySolution()).RegisterSolutionPlugins();

    /// <summary>The schema.</summary>
    public OrganizationMetadata Metadata => organization.Metadata;

    /// <summary>The clock that drives system columns, date queries and <c>OperationCreatedOn</c>.</summary>
    public EmulatorClock Clock => organization.Clock;

    /// <summary>Every request and step execution so far.</summary>
    public OperationLog Log => organization.Log;

    /// <summary>
    /// How long a call waits for a row or key lock that another call's open transaction holds before it fails with
    /// "SQL timeout expired" (default 30 s). A wait that would deadlock fails at once instead, as SQL Server's victim.
    /// </summary>
    public TimeSpan LockTimeout
    {
        get => organization.Store.Locks.Timeout;
        set => organization.Store.Locks.Timeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The lock timeout must be positive.");
    }

    /// <summary>Calls waiting now for a lock another call's transaction holds (a test staging a race waits for this).</summary>
    public int CallsWaitingForLocks => organization.Store.Locks.WaitingCount;

    /// <summary>Creates business units, users and teams.</summary>
    public OrganizationUsers Users { get; }

    internal void SetUserTimeZone(Guid userId, TimeZoneInfo timeZone) => organization.UserTimeZones[userId] = timeZone;

    /// <summary>Security roles: define them, give them to users and teams, make users team members.</summary>
    public OrganizationSecurity Security { get; }

    /// <summary>The organization id (<c>WhoAmI</c>, <c>IExecutionContext.OrganizationId</c>).</summary>
    public Guid OrganizationId => organization.Identities.OrganizationId;

    /// <summary>The root business unit.</summary>
    public EntityReference RootBusinessUnit => new(PlatformTables.BusinessUnit, organization.Identities.RootBusinessUnitId) { Name = Baseline.RootBusinessUnitName };

    /// <summary>The administrator <see cref="Service"/> acts as.</summary>
    public EntityReference DefaultUser => new(PlatformTables.SystemUser, organization.Identities.DefaultUserId) { Name = Baseline.DefaultUserFirstName + " " + Baseline.DefaultUserLastName };

    /// <summary>SYSTEM, what a plugin's <c>CreateOrganizationService(null)</c> acts as.</summary>
    public EntityReference SystemUser => new(PlatformTables.SystemUser, organization.Identities.SystemUserId) { Name = Baseline.SystemUserName };

    /// <summary>An organization service acting as <see cref="DefaultUser"/>.</summary>
    public IOrganizationService Service { get; }

    /// <summary>An organization service acting as <see cref="SystemUser"/>.</summary>
    public IOrganizationService SystemService { get; }

    /// <summary>Asynchronous jobs queued and not yet run.</summary>
    public int PendingAsyncJobCount => organization.AsyncJobs.WaitingCount;

    /// <summary>Every asynchronous job queued so far, with its status, error and traces.</summary>
    public IReadOnlyList<SystemJob> SystemJobs => organization.AsyncJobs.Jobs;

    /// <summary>An organization service acting as <paramref name="user"/>.</summary>
    /// <param name="user">A systemuser reference (e.g. from <see cref="OrganizationUsers.CreateUser"/>).</param>
    /// <returns>The service; requests fail if the user does not exist.</returns>
    public IOrganizationService ServiceFor(EntityReference user) => ServiceFor((user ?? throw new ArgumentNullException(nameof(user))).Id);

    /// <summary>An organization service acting as the user with id <paramref name="userId"/>.</summary>
    /// <param name="userId">The systemuser id.</param>
    /// <returns>The service; requests fail if the user does not exist.</returns>
    public IOrganizationService ServiceFor(Guid userId) => new EmulatedOrganizationService(organization, CallerContext.External(userId));

    /// <summary>
    /// An organization service of <paramref name="user"/> calling on behalf of <paramref name="callerId"/> (the SDK's
    /// CallerId): requests run as <paramref name="callerId"/> (UserId and InitiatingUserId) with only the privileges both
    /// hold, and fail unless <paramref name="user"/> was given prvActOnBehalfOfAnotherUser directly.
    /// </summary>
    /// <param name="user">The impersonating user (e.g. an integration's application user).</param>
    /// <param name="callerId">The user impersonated.</param>
    /// <returns>The service.</returns>
    public IOrganizationService ServiceFor(EntityReference user, EntityReference callerId) =>
        new EmulatedOrganizationService(
            organization,
            CallerContext.Impersonated((callerId ?? throw new ArgumentNullException(nameof(callerId))).Id, (user ?? throw new ArgumentNullException(nameof(user))).Id));

    /// <summary>Registers a plugin step (constructed once, on its first execution).</summary>
    /// <param name="step">The step, as declared in <c>PluginRegistrations</c> or by a test.</param>
    /// <param name="secureConfiguration">The step's secure configuration, passed to a <c>(string, string)</c> constructor.</param>
    /// <returns>This organization.</returns>
    /// <exception cref="ArgumentException">A registration Dataverse would refuse, with what to fix.</exception>
    public OrganizationEmulator RegisterStep(StepRegistration step, string? secureConfiguration = null) => RegisterStep(step, secureConfiguration, runAs: null);

    /// <summary>
    /// Registers a plugin step that runs in a given user's context ("Run in User's Context", the step's
    /// <c>ImpersonatingUserId</c>): its context's UserId is that user, InitiatingUserId stays the caller.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <param name="secureConfiguration">The step's secure configuration.</param>
    /// <param name="runAs">The user the step runs as, or null for the calling user.</param>
    /// <returns>This organization.</returns>
    /// <exception cref="ArgumentException">A registration Dataverse would refuse, with what to fix.</exception>
    public OrganizationEmulator RegisterStep(StepRegistration step, string? secureConfiguration, EntityReference? runAs)
    {
        ArgumentNullException.ThrowIfNull(step);
        StepRules.Validate(step, Metadata.FindCustomApi(step.Message));
        if (step.PrimaryEntity.Length > 0 && !Metadata.HasTable(step.PrimaryEntity))
        {
            throw new ArgumentException("Step '" + step.Name + "' is registered on table '" + step.PrimaryEntity + "', which the metadata does not have.", nameof(step));
        }

        lock (organization.Gate)
        {
            organization.Steps.Add(step, secureConfiguration, runAs?.Id);
        }

        return this;
    }

    /// <summary>Registers several steps.</summary>
    /// <param name="steps">The steps.</param>
    /// <returns>This organization.</returns>
    public OrganizationEmulator RegisterSteps(IEnumerable<StepRegistration> steps)
    {
        foreach (var step in steps ?? throw new ArgumentNullException(nameof(steps)))
        {
            RegisterStep(step);
        }

        return this;
    }

    /// <summary>Binds the plugin that implements a Custom API's main operation (stage 30).</summary>
    /// <param name="binding">The Custom API unique name and plugin type.</param>
    /// <returns>This organization.</returns>
    /// <exception cref="ArgumentException">The metadata has no such Custom API, or the type cannot be a plugin.</exception>
    public OrganizationEmulator RegisterCustomApi(CustomApiBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var api = Metadata.FindCustomApi(binding.UniqueName)
            ?? throw new ArgumentException(
                "Custom API '" + binding.UniqueName + "' is not defined in the metadata. Defined: "
                + (Metadata.CustomApis.Count == 0 ? "(none)" : string.Join(", ", Metadata.CustomApis.Select(defined => defined.UniqueName))) + ".",
                nameof(binding));
        lock (organization.Gate)
        {
            organization.CustomApiImplementations[api.UniqueName] = new CustomApiImplementation(binding.PluginType);
        }

        return this;
    }

    /// <summary>Registers every step and Custom API implementation of the solution's <see cref="PluginRegistrations"/>.</summary>
    /// <returns>This organization.</returns>
    public OrganizationEmulator RegisterSolutionPlugins()
    {
        RegisterSteps(PluginRegistrations.Steps);
        foreach (var binding in PluginRegistrations.CustomApis)
        {
            RegisterCustomApi(binding);
        }

        return this;
    }

    /// <summary>Implements a message the emulator does not know; steps registered on it run around the handler.</summary>
    /// <param name="messageName">The message (request) name.</param>
    /// <param name="handler">The core operation.</param>
    /// <returns>This organization.</returns>
    public OrganizationEmulator RegisterMessageHandler(string messageName, MessageHandler handler)
    {
        lock (organization.Gate)
        {
            organization.Messages.AddHandler(messageName, handler);
        }

        return this;
    }

    /// <summary>
    /// Stores rows as they are given, validated against the metadata but without running any plugin;
    /// platform columns the rows carry (createdon...) are kept, to seed history. A row without an id gets one.
    /// </summary>
    /// <param name="rows">The rows; related entities (deep insert) are not supported here.</param>
    /// <returns>This organization.</returns>
    public OrganizationEmulator Seed(params Entity[] rows)
    {
        lock (organization.Gate)
        {
            foreach (var row in rows ?? throw new ArgumentNullException(nameof(rows)))
            {
                if (row.RelatedEntities.Count > 0)
                {
                    throw new ArgumentException("Seed does not create related entities; use SeedThroughPipeline for a deep insert.", nameof(rows));
                }

                var table = Metadata.Schema(row.LogicalName);
                row.Id = row.Id != Guid.Empty ? row.Id : Guid.NewGuid();
                if (organization.Store.Find(table.LogicalName, row.Id) is not null)
                {
                    throw new ArgumentException("A " + table.LogicalName + " with id " + row.Id.ToString("D") + " is already stored.", nameof(rows));
                }

                organization.Writer.Create(table, EntityCloner.Clone(row), row.Id, organization.Identities.DefaultUserId, keepPlatformColumns: true);
            }
        }

        return this;
    }

    /// <summary>Creates rows through <see cref="Service"/>, so the registered plugins run; ids are set on the given entities.</summary>
    /// <param name="rows">The rows (with related entities for a deep insert, if wanted).</param>
    /// <returns>This organization.</returns>
    public OrganizationEmulator SeedThroughPipeline(params Entity[] rows)
    {
        foreach (var row in rows ?? throw new ArgumentNullException(nameof(rows)))
        {
            row.Id = Service.Create(row);
        }

        return this;
    }

    /// <summary>Sets an environment variable's current value, as an admin creating its value row does.</summary>
    /// <param name="schemaName">The definition's schema name, e.g. <c>crr_RiskPolicy</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This organization.</returns>
    public OrganizationEmulator SetEnvironmentVariable(string schemaName, string value)
    {
        lock (organization.Gate)
        {
            EnvironmentVariables.Set(organization, schemaName, value);
        }

        return this;
    }

    /// <summary>A copy of a stored row (all columns), or null; no plugin runs and nothing is logged.</summary>
    /// <param name="table">Logical name of the table.</param>
    /// <param name="id">Row id.</param>
    /// <returns>The copy or null.</returns>
    public Entity? Find(string table, Guid id)
    {
        lock (organization.Gate)
        {
            return organization.Store.Find(Metadata.Schema(table).LogicalName, id) is { } row ? EntityCloner.Clone(row) : null;
        }
    }

    /// <summary>Copies of every stored row of a table; no plugin runs and nothing is logged.</summary>
    /// <param name="table">Logical name of the table.</param>
    /// <returns>The copies, in insertion order.</returns>
    public IReadOnlyList<Entity> Rows(string table)
    {
        lock (organization.Gate)
        {
            return organization.Store.Rows(Metadata.Schema(table).LogicalName).Select(EntityCloner.Clone).ToArray();
        }
    }

    /// <summary>Runs the queued asynchronous steps, and those they queue, in order. Failures are recorded on the jobs, not thrown.</summary>
    /// <param name="maximumJobs">How many jobs may run before asynchronous steps are taken to trigger each other in a loop.</param>
    /// <returns>The jobs that ran.</returns>
    /// <exception cref="InvalidOperationException">More than <paramref name="maximumJobs"/> jobs were waiting or queued.</exception>
    public IReadOnlyList<SystemJob> RunAsyncJobs(int maximumJobs = MaximumAsyncJobsPerDrain)
    {
        lock (organization.Gate)
        {
            return organization.AsyncRunner.RunAll(maximumJobs);
        }
    }

    /// <summary>Captures rows, waiting jobs and clock.</summary>
    /// <returns>A snapshot to pass to <see cref="Restore"/>.</returns>
    public OrganizationSnapshot Snapshot()
    {
        lock (organization.Gate)
        {
            return new OrganizationSnapshot(organization, organization.Store.Capture(), organization.AsyncJobs.Capture(), Clock.UtcNow);
        }
    }

    /// <summary>Returns to a snapshot of this organization; the snapshot stays usable.</summary>
    /// <param name="snapshot">A snapshot taken by this organization.</param>
    /// <exception cref="ArgumentException">The snapshot belongs to another organization.</exception>
    public void Restore(OrganizationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!ReferenceEquals(snapshot.Owner, organization))
        {
            throw new ArgumentException("The snapshot was taken from another organization.", nameof(snapshot));
        }

        lock (organization.Gate)
        {
            organization.Store.Restore(snapshot.Rows);
            organization.AsyncJobs.Restore(snapshot.Jobs);
            Clock.Set(snapshot.UtcNow);
        }
    }
}
