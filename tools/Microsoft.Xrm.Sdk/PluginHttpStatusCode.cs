namespace Microsoft.Xrm.Sdk;

/// <summary>HTTP status a plugin error maps to in the Web API response.</summary>
public enum PluginHttpStatusCode
{
    /// <summary>No HTTP status chosen; the platform picks one.</summary>
    NotSet = 0,

    /// <summary>HTTP 400.</summary>
    BadRequest = 400,

    /// <summary>HTTP 401.</summary>
    Unauthorized = 401,

    /// <summary>HTTP 403.</summary>
    Forbidden = 403,

    /// <summary>HTTP 404.</summary>
    NotFound = 404,

    /// <summary>HTTP 405.</summary>
    MethodNotAllowed = 405,

    /// <summary>HTTP 408.</summary>
    RequestTimeout = 408,

    /// <summary>HTTP 409.</summary>
    Conflict = 409,

    /// <summary>HTTP 410.</summary>
    Gone = 410,

    /// <summary>HTTP 412.</summary>
    PreconditionFailed = 412,

    /// <summary>HTTP 413.</summary>
    RequestEntityTooLarge = 413,

    /// <summary>HTTP 417.</summary>
    ExpectationFailed = 417,

    /// <summary>HTTP 424.</summary>
    FailedDependency = 424,

    /// <summary>HTTP 429.</summary>
    TooManyRequests = 429,

    /// <summary>HTTP 500.</summary>
    InternalServerError = 500,

    /// <summary>HTTP 502.</summary>
    BadGateway = 502,

    /// <summary>HTTP 503.</summary>
    ServiceUnavailable = 503,

    /// <summary>HTTP 504.</summary>
    GatewayTimeout = 504,
}
