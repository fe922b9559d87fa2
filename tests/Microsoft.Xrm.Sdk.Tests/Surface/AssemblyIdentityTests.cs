using System.Reflection;
using Microsoft.Crm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>The assemblies carry the official identity, so plugins compiled against them bind to Dataverse's copies.</summary>
public sealed class AssemblyIdentityTests
{
    private const string MicrosoftPublicKeyToken = "31bf3856ad364e35";
    private static readonly Version OfficialVersion = new(9, 0, 0, 0);

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk")]
    [InlineData("Microsoft.Crm.Sdk.Proxy")]
    public void AssemblyName_LoadedSdk_MatchesOfficialIdentity(string expectedName)
    {
        Assembly assembly = expectedName == "Microsoft.Xrm.Sdk" ? typeof(Entity).Assembly : typeof(WhoAmIRequest).Assembly;
        AssemblyName name = assembly.GetName();

        Assert.Equal(expectedName, name.Name);
        Assert.Equal(OfficialVersion, name.Version);
        Assert.Equal(string.Empty, name.CultureName);
        Assert.Equal(MicrosoftPublicKeyToken, Convert.ToHexString(name.GetPublicKeyToken() ?? []).ToLowerInvariant());
        Assert.Equal(
            $"{expectedName}, Version=9.0.0.0, Culture=neutral, PublicKeyToken={MicrosoftPublicKeyToken}",
            name.FullName);
    }
}
