using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.CustomApis;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Time;
using Crm.Renewals.Emulator.Transactions;
using Crm.Renewals.Emulator.Users;
using Crm.Renewals.Emulator.Validation;

namespace Crm.Renewals.Emulator;

/// <summary>
/// The parts of one organization, wired together. <see cref="OrganizationEmulator"/> is its public face;
/// the pipeline, messages and services reach each other through it.
/// </summary>
internal sealed class EmulatedOrganization
{
    public EmulatedOrganization(OrganizationMetadata metadata)
    {
        Metadata = metadata;
        Clock = new EmulatorClock();
        Log = new OperationLog();
        Store = new RecordStore(metadata);
        Store.Restore(Baseline.For(metadata));
        Keys = new AlternateKeys(Store);
        Values = new ColumnValues(metadata, Store, Keys);
        Identities = new OrganizationIdentities(Store, Guid.NewGuid());
        Writer = new RecordWriter(Store, Keys, Values, Clock, Identities.BaseCurrencyId);
        AsyncJobs = new AsyncJobQueue();
        Transactions = new TransactionCoordinator(Store, AsyncJobs);
        Security = new SecurityModel(Store);
        Access = new AccessChecker(Security);
        Authorization = new SecurityGate(this);
        Messages = new MessageCatalog(metadata);
        StepRunner = new StepRunner(this);
        Pipeline = new PipelineExecutor(this, StepRunner);
        AsyncRunner = new AsyncJobRunner(this, StepRunner);
    }

    /// <summary>Serializes the emulator's own setup and inspection calls (registering, seeding, snapshots); service calls run concurrently.</summary>
    public object Gate { get; } = new();

    public OrganizationMetadata Metadata { get; }

    public EmulatorClock Clock { get; }

    public OperationLog Log { get; }

    public RecordStore Store { get; }

    public AlternateKeys Keys { get; }

    public ColumnValues Values { get; }

    public RecordWriter Writer { get; }

    public AsyncJobQueue AsyncJobs { get; }

    public TransactionCoordinator Transactions { get; }

    public OrganizationIdentities Identities { get; }

    /// <summary>Each principal's privileges, read from the security tables.</summary>
    public SecurityModel Security { get; }

    /// <summary>Whether privileges reach a row.</summary>
    public AccessChecker Access { get; }

    /// <summary>The privilege check of every message.</summary>
    public SecurityGate Authorization { get; }

    public MessageCatalog Messages { get; }

    public StepRegistry Steps { get; } = new();

    public Dictionary<string, CustomApiImplementation> CustomApiImplementations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public StepRunner StepRunner { get; }

    public PipelineExecutor Pipeline { get; }

    public AsyncJobRunner AsyncRunner { get; }

    public QueryEngine Queries { get; } = new();

    /// <summary>Users' time zone settings (absent: UTC), for the date-relative query operators.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<Guid, TimeZoneInfo> UserTimeZones { get; } = new();
}
