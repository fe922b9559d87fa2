using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Solution.Tests.Packing;

/// <summary>A plugin class for the packer to find in this test assembly; it never runs.</summary>
public sealed class FakeAccountPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException("packing fixture only");
}
