using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The exception a plugin throws to cancel the operation; Dataverse rolls the transaction back and shows
/// <see cref="Exception.Message"/> to the user.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    // The platform's "ISV code aborted the operation" code, used when the plugin gives none.
    private const int IsvAbortedErrorCode = -2147220891;

    private const string StatusKey = "Status";
    private const string ErrorCodeKey = "ErrorCode";
    private const string HttpStatusKey = "HttpStatus";

    private static readonly IReadOnlyDictionary<string, string> NoDetails =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Creates a failure with the default message.</summary>
    public InvalidPluginExecutionException()
        : this(OperationStatus.Failed, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet, null, null, useDefaultMessage: true)
    {
    }

    /// <summary>Creates an exception with a status and the default message.</summary>
    /// <param name="status">The operation's outcome.</param>
    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, IsvAbortedErrorCode, null, PluginHttpStatusCode.NotSet, null, null, useDefaultMessage: true)
    {
    }

    /// <summary>Creates a failure with a message for the user.</summary>
    /// <param name="message">The message.</param>
    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    /// <summary>Creates an exception with a status and a message.</summary>
    /// <param name="status">The operation's outcome.</param>
    /// <param name="message">The message.</param>
    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    /// <summary>Creates a failure with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="exception">The cause.</param>
    public InvalidPluginExecutionException(string message, Exception exception)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, null, exception)
    {
    }

    /// <summary>Creates an exception with a status, a platform error code and a message.</summary>
    /// <param name="status">The operation's outcome.</param>
    /// <param name="errorCode">The error code.</param>
    /// <param name="message">The message.</param>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    /// <summary>Creates a failure with a message and the HTTP status the Web API returns.</summary>
    /// <param name="message">The message.</param>
    /// <param name="httpStatus">The HTTP status.</param>
    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus, null, null)
    {
    }

    /// <summary>Creates a failure with a message, an HTTP status and details for the caller.</summary>
    /// <param name="message">The message.</param>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="exceptionDetails">Name/value details (copied).</param>
    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, httpStatus, exceptionDetails, null)
    {
    }

    /// <summary>Creates an exception with a status, an error code, a message and an HTTP status.</summary>
    /// <param name="status">The operation's outcome.</param>
    /// <param name="errorCode">The error code.</param>
    /// <param name="message">The message.</param>
    /// <param name="httpStatus">The HTTP status.</param>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message, httpStatus, null, null)
    {
    }

    /// <summary>Creates a failure with a message and details for the caller.</summary>
    /// <param name="message">The message.</param>
    /// <param name="exceptionDetails">Name/value details (copied).</param>
    public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, exceptionDetails, null)
    {
    }

    /// <summary>Creates an exception with a status, a message and details for the caller.</summary>
    /// <param name="status">The operation's outcome.</param>
    /// <param name="message">The message.</param>
    /// <param name="exceptionDetails">Name/value details (copied).</param>
    public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
        : this(status, IsvAbortedErrorCode, message, PluginHttpStatusCode.NotSet, exceptionDetails, null)
    {
    }

    private InvalidPluginExecutionException(
        OperationStatus status,
        int errorCode,
        string message,
        PluginHttpStatusCode httpStatus,
        Dictionary<string, string> exceptionDetails,
        Exception innerException,
        bool useDefaultMessage = false)
        : base(useDefaultMessage ? null : message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
        ExceptionDetails = exceptionDetails == null
            ? NoDetails
            : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(exceptionDetails));
    }

#if NET8_0_OR_GREATER
    [Obsolete("Formatter-based serialization is obsolete.", DiagnosticId = "SYSLIB0051")]
#endif
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(StatusKey);
        ErrorCode = info.GetInt32(ErrorCodeKey);
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(HttpStatusKey);
        ExceptionDetails = NoDetails;
    }

    /// <summary>Gets the platform error code.</summary>
    public int ErrorCode { get; }

    /// <summary>Gets the details given for the caller; empty when none were given.</summary>
    public IReadOnlyDictionary<string, string> ExceptionDetails { get; }

    /// <summary>Gets the HTTP status the Web API returns; <see cref="PluginHttpStatusCode.NotSet"/> lets the platform choose.</summary>
    public PluginHttpStatusCode HttpStatus { get; }

    /// <summary>Gets the operation's outcome.</summary>
    public OperationStatus Status { get; }

    /// <summary>Stores the status, error code and HTTP status with the base exception data.</summary>
    /// <param name="info">The serialization data.</param>
    /// <param name="context">The serialization context.</param>
#if NET8_0_OR_GREATER
    [Obsolete("Formatter-based serialization is obsolete.", DiagnosticId = "SYSLIB0051")]
#endif
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(StatusKey, (int)Status);
        info.AddValue(ErrorCodeKey, ErrorCode);
        info.AddValue(HttpStatusKey, (int)HttpStatus);
    }

    /// <summary>Describes the exception with its status and error code, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{base.ToString()}{Environment.NewLine}Status: {Status}, ErrorCode: {ErrorCode}, HttpStatus: {HttpStatus}";
}
