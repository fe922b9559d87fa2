using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>An entity image registered on a step.</summary>
/// <param name="Id">Stable <c>SdkMessageProcessingStepImageId</c>.</param>
/// <param name="Alias">Name and entity alias of the image.</param>
/// <param name="ImageType">0 pre-image, 1 post-image, 2 both (the values Dataverse stores).</param>
/// <param name="Attributes">Columns the image holds; empty means all columns.</param>
public sealed record StepImageDeclaration(Guid Id, string Alias, int ImageType, IReadOnlyList<string> Attributes);
