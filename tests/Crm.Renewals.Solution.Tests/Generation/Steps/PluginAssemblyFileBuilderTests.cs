using System.Xml.Linq;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Generation.Steps;

namespace Crm.Renewals.Solution.Tests.Generation.Steps;

public sealed class PluginAssemblyFileBuilderTests
{
    private static readonly AssemblyIdentity Plugins = new("Crm.Renewals.Plugins", new Version(1, 0, 0, 0), "ef93dea717a00f93");
    private static readonly Guid AssemblyId = new("5f3a0c1e-8b2d-4c6a-9e71-2d4b6f8a1c30");

    [Fact]
    public void DataFile_IsInAFolderNamedAfterTheAssemblyAndItsUpperCaseId()
    {
        Assert.Equal(
            "PluginAssemblies/CrmRenewalsPlugins-5F3A0C1E-8B2D-4C6A-9E71-2D4B6F8A1C30/CrmRenewalsPlugins.dll.data.xml",
            PluginAssemblyFileBuilder.DataFile(Plugins.Name, AssemblyId));
    }

    [Fact]
    public void Build_WritesTheStrongNameTheDllPathAndEveryType()
    {
        PluginTypeDeclaration[] types = [new(new Guid("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d"), "Crm.Renewals.Plugins.Risk.AccountRiskPlugin")];

        XElement data = PluginAssemblyFileBuilder.Build(Plugins, AssemblyId, types, "1.0.0.0");

        Assert.Equal("Crm.Renewals.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=ef93dea717a00f93", (string)data.Attribute("FullName")!);
        Assert.Equal("5f3a0c1e-8b2d-4c6a-9e71-2d4b6f8a1c30", (string)data.Attribute("PluginAssemblyId")!);
        Assert.Equal(("2", "0"), (data.Element("IsolationMode")!.Value, data.Element("SourceType")!.Value));
        Assert.Equal("/PluginAssemblies/CrmRenewalsPlugins-5F3A0C1E-8B2D-4C6A-9E71-2D4B6F8A1C30/CrmRenewalsPlugins.dll", data.Element("FileName")!.Value);
        XElement type = data.Descendants("PluginType").Single();
        Assert.Equal("Crm.Renewals.Plugins.Risk.AccountRiskPlugin, " + Plugins.FullName, (string)type.Attribute("AssemblyQualifiedName")!);
        Assert.Equal("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d", (string)type.Attribute("PluginTypeId")!);
    }

    [Fact]
    public void FullName_OfAnAssemblyWithoutStrongName_SaysNullToken()
    {
        Assert.EndsWith("PublicKeyToken=null", new AssemblyIdentity("Fake", new Version(1, 0), "").FullName, StringComparison.Ordinal);
    }
}
