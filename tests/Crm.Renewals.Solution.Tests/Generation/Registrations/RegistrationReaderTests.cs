using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Generation.Registrations;

public sealed class RegistrationReaderTests
{
    [Fact]
    public void Read_ThePluginAssembly_ReturnsEveryDeclaration()
    {
        RegistrationSet read = RegistrationReader.Read(typeof(PluginRegistrations).Assembly);

        Assert.Equal(PluginRegistrations.AssemblyId, read.AssemblyId);
        Assert.Equal(PluginRegistrations.PluginTypes.Select(t => (t.Id, t.Type.FullName!)), read.PluginTypes.Select(t => (t.Id, t.FullName)));
        Assert.Equal(PluginRegistrations.Steps.Select(s => (s.Id, s.Name, (int)s.Stage)), read.Steps.Select(s => (s.Id, s.Name, s.Stage)));
        Assert.Equal(PluginRegistrations.CustomApis.Select(a => a.UniqueName), read.CustomApis.Select(a => a.UniqueName));
    }

    [Fact]
    public void Read_AnAssemblyWithoutRegistrations_FailsNamingTheMissingClass()
    {
        var failure = Assert.Throws<GenerationException>(() => RegistrationReader.Read(typeof(RegistrationReaderTests).Assembly));

        Assert.Contains(RegistrationReader.RegistrationsTypeName, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadIdentity_OfTheBuiltAssembly_IsItsNameVersionAndTheCommittedKeysToken()
    {
        var name = typeof(PluginRegistrations).Assembly.GetName();

        AssemblyIdentity identity = AssemblyIdentityReader.Read(typeof(PluginRegistrations).Assembly, Path.Combine(RepositoryFolders.Root, RepositoryPaths.PluginKey));

        Assert.Equal(("Crm.Renewals.Plugins", name.Version), (identity.Name, identity.Version));
        Assert.Equal(name.FullName, identity.FullName);
    }

    [Fact]
    public void ReadIdentity_OfAnAssemblySignedWithAnotherKey_IsRefused()
    {
        var failure = Assert.Throws<GenerationException>(() =>
            AssemblyIdentityReader.Read(typeof(Microsoft.Xrm.Sdk.Entity).Assembly, Path.Combine(RepositoryFolders.Root, RepositoryPaths.PluginKey)));

        Assert.Contains("build it signed with that key", failure.Message, StringComparison.Ordinal);
    }
}
