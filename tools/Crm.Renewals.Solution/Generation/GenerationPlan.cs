using System.Collections.Generic;

namespace Crm.Renewals.Solution.Generation;

/// <summary>Every generated file with its content, and the generated files that must be removed.</summary>
/// <param name="Files">Files with the content they must have.</param>
/// <param name="Obsolete">Repo-relative paths of generated files nothing produces any more.</param>
public sealed record GenerationPlan(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Obsolete);
