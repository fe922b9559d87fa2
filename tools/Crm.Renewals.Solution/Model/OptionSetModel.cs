using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>A choice (global from <c>OptionSets/</c>, or local to one column).</summary>
/// <param name="Name">Option set name.</param>
/// <param name="DisplayName">The 1033 display name.</param>
/// <param name="IsGlobal">True for a global choice.</param>
/// <param name="Options">The options in file order.</param>
/// <param name="SourceFile">Repo-relative file it was read from.</param>
public sealed record OptionSetModel(string Name, string DisplayName, bool IsGlobal, IReadOnlyList<OptionModel> Options, string SourceFile);
