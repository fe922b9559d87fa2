using System;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// A solution file is missing, is not well-formed, or holds a value the reader cannot accept.
/// The message starts with the repo-relative file and names the element or attribute to fix.
/// </summary>
public sealed class SolutionFormatException : Exception
{
    /// <summary>Creates the exception for one file.</summary>
    /// <param name="file">Repo-relative path of the file (forward slashes).</param>
    /// <param name="detail">What is wrong, naming the element or attribute.</param>
    public SolutionFormatException(string file, string detail)
        : base($"{file}: {detail}")
    {
        File = file;
        Detail = detail;
    }

    /// <summary>Repo-relative path of the file that is wrong.</summary>
    public string File { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Detail { get; }
}
