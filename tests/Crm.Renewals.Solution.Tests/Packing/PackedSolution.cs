using Crm.Renewals.Solution.Packing;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>One pack of the fixture solution, shared by the tests that only read the zips.</summary>
public sealed class PackedSolution : IDisposable
{
    public PackedSolution()
    {
        Fixture = new PackingFixture();
        Result = Fixture.Pack();
        Unmanaged = PackingFixture.Entries(Result.UnmanagedZip);
        Managed = PackingFixture.Entries(Result.ManagedZip);
    }

    internal PackingFixture Fixture { get; }

    internal PackResult Result { get; }

    internal SortedDictionary<string, byte[]> Unmanaged { get; }

    internal SortedDictionary<string, byte[]> Managed { get; }

    public void Dispose() => Fixture.Dispose();
}
