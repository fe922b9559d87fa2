using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>A stored row's id: <c>Entity.Id</c>, or its primary id column when the id was not set.</summary>
internal static class PrimaryIds
{
    public static Guid Of(Entity row, string primaryIdColumn) =>
        row.Id != Guid.Empty ? row.Id
        : row.Attributes.TryGetValue(primaryIdColumn, out var value) && value is Guid id ? id
        : Guid.Empty;
}
