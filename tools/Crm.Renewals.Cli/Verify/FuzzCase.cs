using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Verify;

/// <summary>One generated input: the request, what was made hostile about it, and the names a clear refusal must mention.</summary>
/// <param name="Target">The Custom API or table step it aims at.</param>
/// <param name="Description">What the input is, to turn into a unit test when it fails.</param>
/// <param name="Request">The request to send.</param>
/// <param name="Names">The parameter or column made hostile, and its display name: a clear message names one of them.</param>
public sealed record FuzzCase(string Target, string Description, OrganizationRequest Request, IReadOnlyList<string> Names);
