namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// Reads a surface listing: '#' lines are comments, an unindented line starts a type, and each
/// following indented line is one member of it.
/// </summary>
internal static class SurfaceFile
{
    private const char CommentMarker = '#';
    private const string MemberIndent = "  ";

    public static IReadOnlyDictionary<string, SurfaceType> Read(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Reads listing lines; <paramref name="source"/> names them in errors.</summary>
    public static IReadOnlyDictionary<string, SurfaceType> Parse(IEnumerable<string> lines, string source)
    {
        string path = source;
        var types = new Dictionary<string, SurfaceType>(StringComparer.Ordinal);
        string? header = null;
        List<string> members = [];
        int lineNumber = 0;

        foreach (string line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == CommentMarker)
            {
                continue;
            }

            if (line.StartsWith(MemberIndent, StringComparison.Ordinal))
            {
                if (header == null)
                {
                    throw new FormatException($"{path}:{lineNumber}: member line before any type header.");
                }

                members.Add(line.Trim());
                continue;
            }

            Flush();
            header = line.TrimEnd();
            members = [];
        }

        Flush();
        return types;

        void Flush()
        {
            if (header != null)
            {
                string name = SurfaceHeader.TypeName(header);
                types.Add(name, new SurfaceType(name, SurfaceHeader.Normalise(header), members));
            }
        }
    }
}
