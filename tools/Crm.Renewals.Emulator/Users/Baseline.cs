using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Crm.Renewals.Emulator.Configuration;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Time;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Users;

/// <summary>
/// The rows every new organization starts with: the root business unit and its default team, the base
/// currency (US Dollar), SYSTEM,
/// the default administrator, and one environment variable definition (with its default value) per
/// definition in the solution, and the security baseline (<see cref="SecurityBaseline"/>). Written once per metadata;
/// each organization copies them.
/// </summary>
internal static class Baseline
{
    public const string RootBusinessUnitName = "Emulated Organization";
    public const string SystemUserName = "SYSTEM";
    public const string DefaultUserFirstName = "Emulator";
    public const string DefaultUserLastName = "Administrator";
    public const string DefaultUserDomainName = "admin@emulator.local";

    private const string DomainName = "domainname";
    private const string AdministratorId = "administratorid";
    private const string IsDefault = "isdefault";
    private const string PrimaryName = "name";
    private const string CurrencyName = "currencyname";
    private const string IsoCurrencyCode = "isocurrencycode";
    private const string CurrencySymbol = "currencysymbol";
    private const string CurrencyPrecision = "currencyprecision";
    private const string BaseCurrencyName = "US Dollar";
    private const string BaseCurrencyCode = "USD";
    private const string BaseCurrencySymbol = "$";
    private const int BaseCurrencyPrecision = 2;

    private static readonly ConditionalWeakTable<OrganizationMetadata, StoreContents> Cache = [];

    public static StoreContents For(OrganizationMetadata metadata) => Cache.GetValue(metadata, Build);

    private static StoreContents Build(OrganizationMetadata metadata)
    {
        var store = new RecordStore(metadata);
        var identities = new OrganizationIdentities(store, Guid.Empty);
        var keys = new AlternateKeys(store);
        var writer = new RecordWriter(store, keys, new ColumnValues(metadata, store, keys), new EmulatorClock(), identities.BaseCurrencyId);
        var system = identities.SystemUserId;
        var rootUnit = new EntityReference(PlatformTables.BusinessUnit, identities.RootBusinessUnitId);

        // The business unit first: it is business-owned, and SYSTEM (its creator) needs it as business unit.
        Write(writer, metadata, new Entity(PlatformTables.BusinessUnit, identities.RootBusinessUnitId) { [PrimaryName] = RootBusinessUnitName }, system);
        Write(writer, metadata, new Entity(PlatformTables.TransactionCurrency, identities.BaseCurrencyId)
        {
            [CurrencyName] = BaseCurrencyName,
            [IsoCurrencyCode] = BaseCurrencyCode,
            [CurrencySymbol] = BaseCurrencySymbol,
            [CurrencyRules.ExchangeRateColumn] = 1m,
            [CurrencyPrecision] = BaseCurrencyPrecision,
        }, system);
        Write(writer, metadata, new Entity(PlatformTables.SystemUser, system)
        {
            [SystemColumns.LastName] = SystemUserName,
            [SystemColumns.FullName] = SystemUserName,
            [DomainName] = SystemUserName,
            [SystemColumns.BusinessUnitId] = rootUnit,
        }, system);
        Write(writer, metadata, new Entity(PlatformTables.SystemUser, identities.DefaultUserId)
        {
            [SystemColumns.FirstName] = DefaultUserFirstName,
            [SystemColumns.LastName] = DefaultUserLastName,
            [DomainName] = DefaultUserDomainName,
            [SystemColumns.BusinessUnitId] = rootUnit,
        }, system);
        Write(writer, metadata, new Entity(PlatformTables.Team, identities.DefaultTeamId)
        {
            [PrimaryName] = RootBusinessUnitName,
            [SystemColumns.BusinessUnitId] = rootUnit,
            [AdministratorId] = new EntityReference(PlatformTables.SystemUser, identities.DefaultUserId),
            [IsDefault] = true,
        }, system);
        // The default administrator is a System Administrator, so tests that do not care about security need no setup.
        foreach (var row in SecurityBaseline.Rows(metadata, rootUnit).Append(SecurityBaseline.UserRole(identities.DefaultUserId, PlatformRoles.SystemAdministratorId)))
        {
            Write(writer, metadata, row, system);
        }

        foreach (var variable in metadata.EnvironmentVariables)
        {
            var definition = new Entity(PlatformTables.EnvironmentVariableDefinition)
            {
                [EnvironmentVariableColumns.SchemaName] = variable.SchemaName,
                [EnvironmentVariableColumns.DisplayName] = variable.SchemaName,
                [EnvironmentVariableColumns.Type] = new OptionSetValue(variable.Type),
            };
            if (variable.DefaultValue is not null)
            {
                definition[EnvironmentVariableColumns.DefaultValue] = variable.DefaultValue;
            }

            Write(writer, metadata, definition, system);
        }

        return store.Capture();
    }

    private static void Write(RecordWriter writer, OrganizationMetadata metadata, Entity row, Guid caller) =>
        writer.Create(metadata.Schema(row.LogicalName), row, row.Id == Guid.Empty ? Guid.NewGuid() : row.Id, caller, keepPlatformColumns: true);
}
