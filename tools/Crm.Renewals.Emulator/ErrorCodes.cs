namespace Crm.Renewals.Emulator;

/// <summary>
/// The Dataverse error codes the emulator raises (values from the platform's published error code list,
/// hex in the comments as Dataverse prints them).
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040200: a required column has no value.</summary>
    public const int RequiredFieldMissing = unchecked((int)0x80040200);

    /// <summary>0x80040203: a value or argument is not valid (type, range, option, length, lookup target).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80040216: the platform failed unexpectedly; used for the depth (infinite loop) guard, whose code the documentation does not state.</summary>
    public const int UnExpected = unchecked((int)0x80040216);

    /// <summary>0x80040217: the record (or the record a lookup points at) does not exist.</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80040224: a plugin threw something other than <c>InvalidPluginExecutionException</c>.</summary>
    public const int IsvUnExpected = unchecked((int)0x80040224);

    /// <summary>The transaction was aborted under a plugin that caught a failed service call and carried on.</summary>
    public const int IsvAbortedTransaction = unchecked((int)0x8009000C);

    /// <summary>The code of an <c>InvalidPluginExecutionException</c> seen through a service call (ISV code aborted the operation).</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>PrivilegeDenied: the principal lacks a privilege, or holds it at a depth that does not reach the row.</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>0x80040227: a restrict-delete relationship still has child records.</summary>
    public const int CannotDeleteDueToAssociation = unchecked((int)0x80040227);

    /// <summary>0x80040237: "Cannot insert duplicate key" — a record with the same primary key already exists.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80060892: a record with the same alternate key values already exists (DuplicateRecordEntityKey).</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>0x80040239: a date before 1/1/1753, the smallest date Dataverse stores.</summary>
    public const int InvalidDateTime = unchecked((int)0x80040239);

    /// <summary>0x80040251: the transaction was aborted by an earlier failed call that a plugin ignored.</summary>
    public const int TransactionNotStarted = unchecked((int)0x80040251);

    /// <summary>0x80040315: the message is not supported (no handler is registered for it).</summary>
    public const int NotSupported = unchecked((int)0x80040315);

    /// <summary>0x80041102: the table does not exist.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    /// <summary>0x80041103: the column does not exist on the table.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

    /// <summary>0x80048408: the status reason does not belong to the state.</summary>
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80048408);

    /// <summary>0x80044150: a SQL error; Sql Number 1205 is a deadlock, whose victim's transaction is rolled back.</summary>
    public const int GenericSqlError = unchecked((int)0x80044150);

    /// <summary>0x80044151: a SQL command ran out of time, here a wait for a lock another transaction holds.</summary>
    public const int SqlTimeout = unchecked((int)0x80044151);
}
