using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>What a registered <see cref="MessageHandler"/> receives.</summary>
public sealed class MessageHandlerContext
{
    internal MessageHandlerContext(OrganizationRequest request, ParameterCollection inputParameters, ParameterCollection outputParameters, IOrganizationService service, Guid userId, DateTime utcNow)
    {
        Request = request;
        InputParameters = inputParameters;
        OutputParameters = outputParameters;
        Service = service;
        UserId = userId;
        UtcNow = utcNow;
    }

    /// <summary>The request as the caller sent it.</summary>
    public OrganizationRequest Request { get; }

    /// <summary>The request parameters after PreValidation and PreOperation steps ran.</summary>
    public ParameterCollection InputParameters { get; }

    /// <summary>Where the handler writes the response; PostOperation steps see it.</summary>
    public ParameterCollection OutputParameters { get; }

    /// <summary>An organization service acting as the caller, nested in this operation.</summary>
    public IOrganizationService Service { get; }

    /// <summary>The calling user.</summary>
    public Guid UserId { get; }

    /// <summary>The organization's clock at the start of the operation.</summary>
    public DateTime UtcNow { get; }
}
