using Microsoft.Xrm.Sdk.Tests.Infrastructure;

namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>The committed copies under Reference/ are the files in shared/xrm-sdk, byte for byte.</summary>
public sealed class ReferenceFilesTests
{
    [SharedFolderFact]
    public void CommittedCopies_SharedFolderPresent_AreIdentical()
    {
        string shared = RepositoryPaths.SharedXrmSdkFolder!;
        var differing = SurfaceFiles.All
            .Where(file => !File.ReadAllBytes(Path.Combine(shared, file)).AsSpan().SequenceEqual(File.ReadAllBytes(RepositoryPaths.ReferenceFile(file))))
            .ToArray();

        Assert.True(
            differing.Length == 0,
            $"Reference/ copies differ from shared/xrm-sdk: {string.Join(", ", differing)}. Copy the shared files into tests/Microsoft.Xrm.Sdk.Tests/Reference/.");
    }
}
