namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>A plugin class that implements IPlugin only through its base class.</summary>
public sealed class FakeGenerateRenewalsPlugin : FakePluginBase
{
}
