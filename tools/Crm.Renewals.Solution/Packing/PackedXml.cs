using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// Serialization of the XML parts of a package: UTF-8 with a byte order mark as Dataverse exports write
/// them, indented, LF line ends; always the same bytes for the same tree.
/// </summary>
internal static class PackedXml
{
    public static byte[] ToBytes(XElement root)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>A copy of a file's root element without its own namespace declarations, to embed under a root that declares them.</summary>
    public static XElement Embeddable(XElement root)
    {
        var copy = new XElement(root);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return copy;
    }
}
