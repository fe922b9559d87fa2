using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>
/// Copies the mutable SDK value types, so that nothing a caller holds from a query result can
/// change stored data. Strings, numbers, Guids and DateTimes are immutable and returned as they are.
/// </summary>
internal static class ValueCloner
{
    public static object? Clone(object? value) => value switch
    {
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        EntityReference reference => CloneReference(reference),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        byte[] bytes => (byte[])bytes.Clone(),
        _ => value,
    };

    private static EntityReference CloneReference(EntityReference reference) =>
        new(reference.LogicalName, reference.Id) { Name = reference.Name };
}
