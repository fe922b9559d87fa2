using System.Collections.Generic;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>A choice's class: one <c>const int</c> per option, named after its label.</summary>
internal static class ChoiceConstantsWriter
{
    private const string OptionSetNameConstant = "OptionSetName";

    /// <param name="className">Name of the class.</param>
    /// <param name="summary">Its documentation.</param>
    /// <param name="options">The options in file order.</param>
    /// <param name="globalName">The option set's name when it is a global choice (messages name it); null for a local one.</param>
    public static string Write(string className, string summary, IReadOnlyList<OptionModel> options, string? globalName = null)
    {
        var source = new CSharpSource(className, summary);
        if (globalName is not null)
        {
            source.AddString(OptionSetNameConstant, globalName, "Name of the global choice.");
        }

        var used = new HashSet<string>();
        foreach (OptionModel option in options)
        {
            string name = CSharpNames.FromWords(option.Label);

            // Two options with the same label still need two names; the value tells them apart.
            if (!used.Add(name))
            {
                name += option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                used.Add(name);
            }

            string state = option.State is int s ? $" (state {s.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty;
            source.AddInt(name, option.Value, CSharpSource.Doc(option.Label) + state + ".");
        }

        return source.ToText();
    }
}
