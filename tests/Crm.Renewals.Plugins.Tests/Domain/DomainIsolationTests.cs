using System.Reflection;
using System.Text.RegularExpressions;
using Crm.Renewals.Plugins.Domain.Json;

namespace Crm.Renewals.Plugins.Tests.Domain;

/// <summary>
/// The domain is plain C#: no Dataverse SDK type in any signature or source file, and no machine
/// clock. Plugins convert SDK values to domain inputs; time is always passed in.
/// </summary>
public class DomainIsolationTests
{
    private const string DomainNamespace = "Crm.Renewals.Plugins.Domain";
    private static readonly string[] SdkAssemblies = { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" };

    private static IEnumerable<Type> DomainTypes => typeof(JsonParser).Assembly.GetTypes()
        .Where(t => t.Namespace is not null && (t.Namespace == DomainNamespace || t.Namespace.StartsWith(DomainNamespace + ".", StringComparison.Ordinal)));

    [Fact]
    public void DomainTypes_Signatures_UseNoSdkType()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = new List<string>();
        foreach (var type in DomainTypes)
        {
            var used = new List<Type>();
            if (type.BaseType is not null)
            {
                used.Add(type.BaseType);
            }

            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(all).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info)
                {
                    used.Add(info.ReturnType);
                }
            }

            offenders.AddRange(used.SelectMany(Flatten).Where(IsSdkType).Select(t => type.FullName + " uses " + t.FullName));
        }

        Assert.True(DomainTypes.Count() > 50, "the domain types were not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainSources_NeitherNameTheSdkNorReadTheClock()
    {
        var domainFolder = Path.Combine(RepositoryRoot(), "Plugins", "Crm.Renewals.Plugins", "Domain");
        var forbidden = new Regex(@"Microsoft\.Xrm|Microsoft\.Crm|DateTime(Offset)?\.(Now|UtcNow|Today)\b", RegexOptions.CultureInvariant);

        var files = Directory.GetFiles(domainFolder, "*.cs", SearchOption.AllDirectories);
        var offenders = files.SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .Where(l => forbidden.IsMatch(l.line))
                .Select(l => Path.GetRelativePath(domainFolder, file) + ":" + (l.index + 1) + ": " + l.line.Trim()))
            .ToList();

        Assert.NotEmpty(files);
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? new[] { type.GetElementType()! } : type.IsGenericType ? type.GetGenericArguments() : Array.Empty<Type>();
        foreach (var nested in inner.SelectMany(Flatten))
        {
            yield return nested;
        }
    }

    private static bool IsSdkType(Type type) => SdkAssemblies.Contains(type.Assembly.GetName().Name, StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Crm.Renewals.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Crm.Renewals.sln was not found above " + AppContext.BaseDirectory + "; run the tests from the repository's build output.");
    }
}
