using System;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// A clock fixed at the operation's creation time, so every decision within one operation
/// (and every nested step) sees the same instant.
/// </summary>
public sealed class OperationClock : IClock
{
    /// <summary>Creates a clock fixed at <paramref name="operationCreatedOn"/>.</summary>
    /// <param name="operationCreatedOn">
    /// <c>IExecutionContext.OperationCreatedOn</c>; an <see cref="DateTimeKind.Unspecified"/> value is taken as UTC,
    /// which is how the platform supplies it.
    /// </param>
    public OperationClock(DateTime operationCreatedOn)
    {
        UtcNow = operationCreatedOn.Kind switch
        {
            DateTimeKind.Utc => operationCreatedOn,
            DateTimeKind.Local => operationCreatedOn.ToUniversalTime(),
            _ => DateTime.SpecifyKind(operationCreatedOn, DateTimeKind.Utc),
        };
    }

    /// <inheritdoc />
    public DateTime UtcNow { get; }
}
