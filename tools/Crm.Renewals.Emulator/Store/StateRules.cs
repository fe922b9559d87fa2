using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// Keeps statecode and statuscode consistent as the platform does: a new row starts in the default
/// state with that state's default status; a state without a status gets the state's default status;
/// a status without a state moves the row to the status's state; a status of another state is refused.
/// </summary>
internal static class StateRules
{
    public static void ApplyOnCreate(TableSchema table, Entity row)
    {
        if (table.State is null)
        {
            return;
        }

        var requestedStatus = row.GetAttributeValue<OptionSetValue>(SystemColumns.StatusCode)?.Value;
        var state = row.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value
            ?? (requestedStatus is { } status ? table.StateOfStatus(status) : null)
            ?? table.DefaultState;
        if (state is { } resolved)
        {
            Set(table, row, resolved, requestedStatus ?? table.DefaultStatusOf(resolved));
        }
    }

    public static void ApplyOnUpdate(TableSchema table, Entity row, Entity target)
    {
        if (table.State is null)
        {
            return;
        }

        // A column the API may not update was ignored by the writer, so it does not count as given.
        var stateGiven = table.State.Model.IsValidForUpdate && target.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode) is not null;
        var statusGiven = table.Status?.Model.IsValidForUpdate == true && target.GetAttributeValue<OptionSetValue>(SystemColumns.StatusCode) is not null;
        if (!stateGiven && !statusGiven)
        {
            return;
        }

        var status = row.GetAttributeValue<OptionSetValue>(SystemColumns.StatusCode)?.Value;
        var current = row.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value;
        var state = stateGiven ? current : (status is { } given ? table.StateOfStatus(given) : null) ?? current;
        if (state is { } resolved)
        {
            Set(table, row, resolved, statusGiven ? status : table.DefaultStatusOf(resolved));
        }
    }

    private static void Set(TableSchema table, Entity row, int state, int? status)
    {
        if (status is { } reason && table.StateOfStatus(reason) is { } owner && owner != state)
        {
            throw ValidationFaults.InvalidStatus(table.LogicalName, row.Id, reason, state);
        }

        row[SystemColumns.StateCode] = new OptionSetValue(state);
        if (status is { } value && table.Status is not null)
        {
            row[SystemColumns.StatusCode] = new OptionSetValue(value);
        }
    }
}
