using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: names sorted ordinally, one fixed timestamp,
/// the same compression level, forward slashes (Dataverse rejects backslashes in entry names).
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold; stands for "no meaningful time".</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string path, IReadOnlyDictionary<string, byte[]> entries)
    {
        string temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            var names = new List<string>(entries.Keys);
            names.Sort(StringComparer.Ordinal);
            foreach (string name in names)
            {
                ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using Stream content = entry.Open();
                content.Write(entries[name]);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
