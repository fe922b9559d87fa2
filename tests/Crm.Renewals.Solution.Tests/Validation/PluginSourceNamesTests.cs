using System.Text.RegularExpressions;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Validation;

/// <summary>
/// Plugin code names tables, columns, choices, APIs and variables only through the generated Model
/// constants: a <c>crr_</c> name written as a string literal anywhere else under Plugins/ is flagged.
/// </summary>
public sealed partial class PluginSourceNamesTests
{
    private static readonly string PluginsFolder = Path.Combine(RepositoryFolders.Root, "Plugins");
    private static readonly string[] SkippedFolders = ["Model", "bin", "obj"];

    [Fact]
    public void PluginSources_OutsideModel_WriteNoPrefixedNameAsALiteral()
    {
        List<string> sources = SourceFiles().ToList();
        var found = new List<string>();
        foreach (string file in sources)
        {
            foreach ((int line, string text) in CSharpStringLiterals.In(File.ReadAllText(file)))
            {
                found.AddRange(PrefixedName().Matches(text).Select(m => $"{Path.GetRelativePath(RepositoryFolders.Root, file)}:{line}: \"{m.Value}\""));
            }
        }

        Assert.True(sources.Count > 10, $"only {sources.Count} C# files found under Plugins/");
        Assert.True(found.Count == 0, "Use the constants of Crm.Renewals.Plugins.Model instead of these literals:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("var a = \"crr_risk\";", "crr_risk")]
    [InlineData("var a = @\"x \"\"crr_risk\"\"\";", "x \"\"crr_risk\"\"")]
    [InlineData("var a = $\"{b} crr_risk\";", "{b} crr_risk")]
    [InlineData("var a = \"\"\"\n  crr_risk\n  \"\"\";", "\n  crr_risk\n  ")]
    [InlineData("var a = \"a\\\"crr_risk\";", "a\\\"crr_risk")]
    public void In_StringLiteral_IsFound(string source, string literal)
    {
        Assert.Contains(CSharpStringLiterals.In(source), l => l.Text == literal);
    }

    [Theory]
    [InlineData("// \"crr_risk\" in a comment")]
    [InlineData("/* \"crr_risk\" */ var a = 1;")]
    [InlineData("/// <c>\"crr_risk\"</c>")]
    [InlineData("char q = '\"'; var crr_risk = 1;")]
    public void In_CommentOrCode_IsNotALiteral(string source)
    {
        Assert.DoesNotContain(CSharpStringLiterals.In(source), l => l.Text.Contains("crr_risk", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(PluginsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(PluginsFolder, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains));

    [GeneratedRegex(@"\bcrr_[A-Za-z0-9_]+")]
    private static partial Regex PrefixedName();
}
