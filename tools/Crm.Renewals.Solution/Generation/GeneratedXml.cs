using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Generation;

/// <summary>
/// The one way generated unpacked files are written: UTF-8 without BOM, two-space indentation, LF line
/// ends and a final newline, like the hand-written files beside them. Byte-stable, so that regenerating
/// unchanged declarations never shows a diff.
/// </summary>
public static class GeneratedXml
{
    /// <summary>The XML Schema instance namespace every solution file declares as <c>xsi</c>.</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private const string Newline = "\n";

    /// <summary>Serializes an element as a complete file with the XML declaration.</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The file text.</returns>
    public static string ToFileText(XElement root)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = Newline,
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Newline;
    }

    /// <summary>The <c>xmlns:xsi</c> declaration that solution files put on their root element.</summary>
    /// <returns>The namespace declaration attribute.</returns>
    public static XAttribute XsiDeclaration() => new(XNamespace.Xmlns + "xsi", Xsi.NamespaceName);
}
