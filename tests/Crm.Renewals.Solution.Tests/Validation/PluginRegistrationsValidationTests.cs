using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Tests.Generation;
using Crm.Renewals.Solution.Tests.Packing;
using Crm.Renewals.Solution.Validation;

namespace Crm.Renewals.Solution.Tests.Validation;

/// <summary>Every declared plugin type must be a runnable IPlugin of the built plugin assembly.</summary>
public sealed class PluginRegistrationsValidationTests
{
    [Fact]
    public void Declarations_OfThePluginAssembly_AreAllRunnablePluginTypesOfIt()
    {
        string dll = typeof(PluginRegistrations).Assembly.Location;

        IReadOnlyList<string> problems = RegistrationValidator.Problems(RealInputs.Registrations, PluginAssemblyInspector.Inspect(dll, dll));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Problems_OfDeclarationsTheAssemblyCannotRun_NameEachDeclaration()
    {
        string dll = typeof(FakeAccountPlugin).Assembly.Location;
        RegistrationSet declared = FakeRegistrations.Packable() with
        {
            PluginTypes = [new PluginTypeDeclaration(Guid.NewGuid(), typeof(NotAPlugin).FullName!)],
            Steps = [FakeRegistrations.CreateStep with { PluginTypeFullName = "Crm.Renewals.Solution.Tests.Packing.Missing" }],
            CustomApis = [],
        };

        IReadOnlyList<string> problems = RegistrationValidator.Problems(declared, PluginAssemblyInspector.Inspect(dll, dll));

        Assert.Equal(
            [
                "PluginTypes: Crm.Renewals.Solution.Tests.Packing.NotAPlugin is not a public, concrete class implementing Microsoft.Xrm.Sdk.IPlugin in Crm.Renewals.Solution.Tests.",
                "step Crm.Renewals.Solution.Tests.Packing.Missing: Create of account: Crm.Renewals.Solution.Tests.Packing.Missing is not defined in Crm.Renewals.Solution.Tests.",
            ],
            problems);
    }

    [Fact]
    public void Inspect_FindsPluginsImplementingIPluginDirectlyOrThroughABaseClass()
    {
        string dll = typeof(FakeAccountPlugin).Assembly.Location;

        PluginAssemblyInfo info = PluginAssemblyInspector.Inspect(dll, dll);

        Assert.Contains(typeof(FakeAccountPlugin).FullName!, info.PluginTypes);
        Assert.Contains(typeof(FakeGenerateRenewalsPlugin).FullName!, info.PluginTypes);
        Assert.DoesNotContain(typeof(FakePluginBase).FullName!, info.PluginTypes);
        Assert.DoesNotContain(typeof(NotAPlugin).FullName!, info.PluginTypes);
        Assert.Contains(typeof(NotAPlugin).FullName!, info.Types);
    }

    [Fact]
    public void Inspect_ThePluginAssembly_ReadsTheIdentityTheSolutionDeclares()
    {
        string dll = typeof(PluginRegistrations).Assembly.Location;

        PluginAssemblyInfo info = PluginAssemblyInspector.Inspect(dll, dll);

        Assert.Equal(RealInputs.Assembly, new AssemblyIdentity(info.Name, info.Version, info.PublicKeyToken));
    }
}
