namespace Crm.Renewals.Emulator.Tests.Query.Fakes;

/// <summary>
/// Ids that increase in SQL Server's uniqueidentifier order (the last six bytes most significant), as the
/// platform's sequential ids do, so rows created later sort later.
/// </summary>
public static class SequentialIds
{
    private static long _counter;

    public static Guid Next()
    {
        var value = Interlocked.Increment(ref _counter);
        var bytes = new byte[16];
        for (var index = 0; index < 6; index++)
        {
            bytes[15 - index] = (byte)(value >> (8 * index));
        }

        return new Guid(bytes);
    }
}
