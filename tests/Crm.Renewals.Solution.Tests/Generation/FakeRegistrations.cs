using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Tests.Packing;

namespace Crm.Renewals.Solution.Tests.Generation;

/// <summary>
/// Declarations of plugin classes defined in this test assembly (see Packing/FakePlugins.cs), so that the
/// generated files can also be packed with this assembly as the plugin dll.
/// </summary>
internal static class FakeRegistrations
{
    public static readonly Guid AssemblyId = new("0b0c6f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b");
    public static readonly Guid AccountPluginId = new("1a2b3c4d-0001-4000-8000-000000000001");
    public static readonly Guid GenerateRenewalsPluginId = new("1a2b3c4d-0002-4000-8000-000000000002");
    public static readonly Guid CreateStepId = new("2a2b3c4d-0001-4000-8000-000000000001");
    public static readonly Guid UpdateStepId = new("2a2b3c4d-0002-4000-8000-000000000002");
    public static readonly Guid PostImageId = new("3a2b3c4d-0001-4000-8000-000000000001");
    public static readonly Guid PreImageId = new("3a2b3c4d-0002-4000-8000-000000000002");
    public static readonly Guid WinStepId = new("2a2b3c4d-0003-4000-8000-000000000003");
    public const string BoundApi = "crr_GenerateRenewals";

    public static string AccountPlugin => typeof(FakeAccountPlugin).FullName!;

    public static string GenerateRenewalsPlugin => typeof(FakeGenerateRenewalsPlugin).FullName!;

    /// <summary>The identity of this test assembly, which defines the fake plugin classes.</summary>
    public static AssemblyIdentity TestAssembly
    {
        get
        {
            var name = typeof(FakeRegistrations).Assembly.GetName();
            return new AssemblyIdentity(name.Name!, name.Version!, Convert.ToHexStringLower(name.GetPublicKeyToken() ?? []));
        }
    }

    public static StepDeclaration CreateStep => new()
    {
        Id = CreateStepId,
        PluginTypeFullName = AccountPlugin,
        Message = "Create",
        PrimaryEntity = "account",
        Stage = 40,
        Images = [new StepImageDeclaration(PostImageId, "PostImage", 1, [])],
    };

    public static StepDeclaration UpdateStep => new()
    {
        Id = UpdateStepId,
        PluginTypeFullName = AccountPlugin,
        Message = "Update",
        PrimaryEntity = "account",
        Stage = 20,
        FilteringAttributes = ["crr_healthscore", "crr_usagetrend"],
        Images = [new StepImageDeclaration(PreImageId, "PreImage", 0, ["crr_healthscore"])],
    };

    /// <summary>A step on a message whose sdkmessageid is not established.</summary>
    public static StepDeclaration WinStep => new()
    {
        Id = WinStepId,
        PluginTypeFullName = AccountPlugin,
        Message = "Win",
        PrimaryEntity = "opportunity",
        Stage = 40,
        Mode = 1,
    };

    /// <summary>Two plugin types, a Create and an Update step, one Custom API binding.</summary>
    public static RegistrationSet Packable(params StepDeclaration[] extraSteps) => new(
        AssemblyId,
        [new PluginTypeDeclaration(AccountPluginId, AccountPlugin), new PluginTypeDeclaration(GenerateRenewalsPluginId, GenerateRenewalsPlugin)],
        [CreateStep, UpdateStep, .. extraSteps],
        [new CustomApiBindingDeclaration(BoundApi, GenerateRenewalsPlugin)]);
}
