namespace Crm.Renewals.Solution.Model;

/// <summary>Column types, named after the <c>&lt;Type&gt;</c> values of an unpacked Entity.xml.</summary>
public enum ColumnType
{
    /// <summary><c>primarykey</c>: the table's Guid id.</summary>
    PrimaryKey,

    /// <summary><c>nvarchar</c>: single line of text.</summary>
    String,

    /// <summary><c>ntext</c>: multiple lines of text.</summary>
    Memo,

    /// <summary><c>int</c>: whole number.</summary>
    Integer,

    /// <summary><c>bigint</c>.</summary>
    BigInt,

    /// <summary><c>decimal</c>.</summary>
    Decimal,

    /// <summary><c>float</c>: a double.</summary>
    Double,

    /// <summary><c>money</c>: currency, held as <c>Money</c>.</summary>
    Money,

    /// <summary><c>bit</c>: yes/no, held as bool.</summary>
    Boolean,

    /// <summary><c>picklist</c>: choice, held as <c>OptionSetValue</c>.</summary>
    Picklist,

    /// <summary><c>multiselectpicklist</c>: choices, held as <c>OptionSetValueCollection</c>.</summary>
    MultiSelectPicklist,

    /// <summary><c>state</c>: the statecode choice.</summary>
    State,

    /// <summary><c>status</c>: the statuscode choice.</summary>
    Status,

    /// <summary><c>lookup</c>: reference to one table.</summary>
    Lookup,

    /// <summary><c>customer</c>: reference to account or contact.</summary>
    Customer,

    /// <summary><c>owner</c>: reference to a user or team.</summary>
    Owner,

    /// <summary><c>datetime</c>.</summary>
    DateTime,

    /// <summary><c>uniqueidentifier</c>: a Guid that is not the primary key.</summary>
    UniqueIdentifier,
}
