using System;
using System.Net;

namespace Crm.Renewals.Cli.Org;

/// <summary>A Web API call that failed, with the service's own message and what to do about it.</summary>
public sealed class WebApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">The HTTP status, or null when no answer came.</param>
    /// <param name="message">What failed and what to do, in words.</param>
    public WebApiException(HttpStatusCode? status, string message)
        : base(message)
    {
        Status = status;
    }

    /// <summary>The HTTP status, or null when no answer came.</summary>
    public HttpStatusCode? Status { get; }
}
