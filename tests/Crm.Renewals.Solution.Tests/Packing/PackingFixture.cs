using System.IO.Compression;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Packing;
using Crm.Renewals.Solution.Tests.Generation;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>
/// A repository copy whose solution has the fake plugin registrations generated into it, packed with this
/// test assembly as the plugin dll (it defines the fake plugin classes and is what the data file names).
/// </summary>
internal sealed class PackingFixture : IDisposable
{
    public PackingFixture(RegistrationSet? registrations = null)
    {
        Repository = new RepositoryCopy();
        SolutionGenerator.Write(new GenerationInputs(Repository.Root, registrations ?? FakeRegistrations.Packable(), FakeRegistrations.TestAssembly));
        Output = Path.Combine(Repository.Root, "artifacts", "solution");
    }

    public RepositoryCopy Repository { get; }

    public string Output { get; }

    public static string TestAssemblyPath => typeof(PackingFixture).Assembly.Location;

    public PackRequest Request(string? assemblyPath = null, string? version = null, string? output = null) => new()
    {
        RepositoryRoot = Repository.Root,
        SourceFolder = Repository.SolutionSource,
        AssemblyPath = assemblyPath ?? TestAssemblyPath,
        MapFile = Repository.Full(RepositoryPaths.MapFile),
        OutputFolder = output ?? Output,
        Version = version,
    };

    public PackResult Pack(string? version = null) => SolutionPacker.Pack(Request(version: version));

    /// <summary>Every entry of a zip with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Entries(string zipPath)
    {
        using ZipArchive zip = ZipFile.OpenRead(zipPath);
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (Stream stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            entries.Add(entry.FullName, content.ToArray());
        }

        return entries;
    }

    public void Dispose() => Repository.Dispose();
}
