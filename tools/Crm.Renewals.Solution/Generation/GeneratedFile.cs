namespace Crm.Renewals.Solution.Generation;

/// <summary>One file the generator owns, with the content it must have.</summary>
/// <param name="RelativePath">Repo-relative path with forward slashes.</param>
/// <param name="Content">Exact text of the file.</param>
public sealed record GeneratedFile(string RelativePath, string Content);
