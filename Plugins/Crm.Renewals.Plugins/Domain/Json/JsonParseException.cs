using System;
using System.Globalization;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>
/// The text is not valid JSON. The message says where and what was expected, e.g.
/// <c>line 3, column 14: expected ',' or '}' after an object member</c>.
/// </summary>
public sealed class JsonParseException : Exception
{
    /// <summary>Creates the exception for a problem at the given position.</summary>
    /// <param name="line">1-based line of the problem.</param>
    /// <param name="column">1-based column of the problem.</param>
    /// <param name="problem">What is wrong, without the position.</param>
    public JsonParseException(int line, int column, string problem)
        : base(string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}: {2}", line, column, problem))
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units) of the problem.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
