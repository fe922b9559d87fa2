using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Generation.Registrations;

public sealed class StrongNameKeyTests
{
    [Fact]
    public void PublicKeyToken_OfTheCommittedKey_IsTheTokenTheBuiltAssemblyCarries()
    {
        byte[] built = typeof(PluginRegistrations).Assembly.GetName().GetPublicKeyToken()!;

        string token = StrongNameKey.PublicKeyToken(Path.Combine(RepositoryFolders.Root, RepositoryPaths.PluginKey));

        Assert.Equal(Convert.ToHexStringLower(built), token);
    }

    [Fact]
    public void TokenOf_MicrosoftsPublicKey_IsTheWellKnownSdkToken()
    {
        byte[] microsoftKey = File.ReadAllBytes(Path.Combine(RepositoryFolders.Root, "tools", "MicrosoftPublicKey.snk"));

        Assert.Equal("31bf3856ad364e35", StrongNameKey.TokenOf(microsoftKey));
    }

    [Fact]
    public void PublicKeyToken_OfAFileThatIsNoKey_FailsNamingTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "crr-not-a-key-" + Guid.NewGuid().ToString("N") + ".snk");
        File.WriteAllText(path, "not a key at all, just some text");
        try
        {
            var failure = Assert.Throws<GenerationException>(() => StrongNameKey.PublicKeyToken(path));

            Assert.StartsWith(path + ": not a strong-name key", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
