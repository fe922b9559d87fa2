namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The comparison a <see cref="ConditionExpression"/> applies; values as the platform defines them.</summary>
public enum ConditionOperator
{
    /// <summary>The column equals the value.</summary>
    Equal = 0,

    /// <summary>The column differs from the value.</summary>
    NotEqual = 1,

    /// <summary>The column is greater than the value.</summary>
    GreaterThan = 2,

    /// <summary>The column is less than the value.</summary>
    LessThan = 3,

    /// <summary>The column is greater than or equal to the value.</summary>
    GreaterEqual = 4,

    /// <summary>The column is less than or equal to the value.</summary>
    LessEqual = 5,

    /// <summary>The column matches a pattern with % and _ wildcards.</summary>
    Like = 6,

    /// <summary>The column does not match the pattern.</summary>
    NotLike = 7,

    /// <summary>The column equals one of the values.</summary>
    In = 8,

    /// <summary>The column equals none of the values.</summary>
    NotIn = 9,

    /// <summary>The column lies between two values, inclusive.</summary>
    Between = 10,

    /// <summary>The column lies outside two values.</summary>
    NotBetween = 11,

    /// <summary>The column has no value (takes no value).</summary>
    Null = 12,

    /// <summary>The column has a value (takes no value).</summary>
    NotNull = 13,

    /// <summary>The date is yesterday.</summary>
    Yesterday = 14,

    /// <summary>The date is today.</summary>
    Today = 15,

    /// <summary>The date is tomorrow.</summary>
    Tomorrow = 16,

    /// <summary>The date is within the last seven days.</summary>
    Last7Days = 17,

    /// <summary>The date is within the next seven days.</summary>
    Next7Days = 18,

    /// <summary>The date is in the previous week.</summary>
    LastWeek = 19,

    /// <summary>The date is in the current week.</summary>
    ThisWeek = 20,

    /// <summary>The date is in the next week.</summary>
    NextWeek = 21,

    /// <summary>The date is in the previous month.</summary>
    LastMonth = 22,

    /// <summary>The date is in the current month.</summary>
    ThisMonth = 23,

    /// <summary>The date is in the next month.</summary>
    NextMonth = 24,

    /// <summary>The date is on the given day.</summary>
    On = 25,

    /// <summary>The date is on or before the given day.</summary>
    OnOrBefore = 26,

    /// <summary>The date is on or after the given day.</summary>
    OnOrAfter = 27,

    /// <summary>The date is in the previous year.</summary>
    LastYear = 28,

    /// <summary>The date is in the current year.</summary>
    ThisYear = 29,

    /// <summary>The date is in the next year.</summary>
    NextYear = 30,

    /// <summary>The date is within the last X hours (X is the value).</summary>
    LastXHours = 31,

    /// <summary>The date is within the next X hours.</summary>
    NextXHours = 32,

    /// <summary>The date is within the last X days.</summary>
    LastXDays = 33,

    /// <summary>The date is within the next X days.</summary>
    NextXDays = 34,

    /// <summary>The date is within the last X weeks.</summary>
    LastXWeeks = 35,

    /// <summary>The date is within the next X weeks.</summary>
    NextXWeeks = 36,

    /// <summary>The date is within the last X months.</summary>
    LastXMonths = 37,

    /// <summary>The date is within the next X months.</summary>
    NextXMonths = 38,

    /// <summary>The date is within the last X years.</summary>
    LastXYears = 39,

    /// <summary>The date is within the next X years.</summary>
    NextXYears = 40,

    /// <summary>The lookup points to the calling user.</summary>
    EqualUserId = 41,

    /// <summary>The lookup does not point to the calling user.</summary>
    NotEqualUserId = 42,

    /// <summary>The lookup points to the calling user's business unit.</summary>
    EqualBusinessId = 43,

    /// <summary>The lookup does not point to the calling user's business unit.</summary>
    NotEqualBusinessId = 44,

    /// <summary>The record is a child of the given record.</summary>
    ChildOf = 45,

    /// <summary>The bits of the value are all set in the column.</summary>
    Mask = 46,

    /// <summary>The bits of the value are not all set in the column.</summary>
    NotMask = 47,

    /// <summary>Some bits of the value are set in the column.</summary>
    MasksSelect = 48,

    /// <summary>The full-text indexed column contains the value.</summary>
    Contains = 49,

    /// <summary>The full-text indexed column does not contain the value.</summary>
    DoesNotContain = 50,

    /// <summary>The column equals the calling user's language.</summary>
    EqualUserLanguage = 51,

    /// <summary>The date is not on the given day.</summary>
    NotOn = 52,

    /// <summary>The date is more than X months ago.</summary>
    OlderThanXMonths = 53,

    /// <summary>The string starts with the value.</summary>
    BeginsWith = 54,

    /// <summary>The string does not start with the value.</summary>
    DoesNotBeginWith = 55,

    /// <summary>The string ends with the value.</summary>
    EndsWith = 56,

    /// <summary>The string does not end with the value.</summary>
    DoesNotEndWith = 57,

    /// <summary>The date is in the current fiscal year.</summary>
    ThisFiscalYear = 58,

    /// <summary>The date is in the current fiscal period.</summary>
    ThisFiscalPeriod = 59,

    /// <summary>The date is in the next fiscal year.</summary>
    NextFiscalYear = 60,

    /// <summary>The date is in the next fiscal period.</summary>
    NextFiscalPeriod = 61,

    /// <summary>The date is in the previous fiscal year.</summary>
    LastFiscalYear = 62,

    /// <summary>The date is in the previous fiscal period.</summary>
    LastFiscalPeriod = 63,

    /// <summary>The date is within the last X fiscal years.</summary>
    LastXFiscalYears = 64,

    /// <summary>The date is within the last X fiscal periods.</summary>
    LastXFiscalPeriods = 65,

    /// <summary>The date is within the next X fiscal years.</summary>
    NextXFiscalYears = 66,

    /// <summary>The date is within the next X fiscal periods.</summary>
    NextXFiscalPeriods = 67,

    /// <summary>The date is in the given fiscal year.</summary>
    InFiscalYear = 68,

    /// <summary>The date is in the given fiscal period of any year.</summary>
    InFiscalPeriod = 69,

    /// <summary>The date is in the given fiscal period and year.</summary>
    InFiscalPeriodAndYear = 70,

    /// <summary>The date is in or before the given fiscal period and year.</summary>
    InOrBeforeFiscalPeriodAndYear = 71,

    /// <summary>The date is in or after the given fiscal period and year.</summary>
    InOrAfterFiscalPeriodAndYear = 72,

    /// <summary>The owner is one of the calling user's teams.</summary>
    EqualUserTeams = 73,

    /// <summary>The owner is the calling user or one of their teams.</summary>
    EqualUserOrUserTeams = 74,

    /// <summary>The record is below the given record in a hierarchy.</summary>
    Under = 75,

    /// <summary>The record is not below the given record in a hierarchy.</summary>
    NotUnder = 76,

    /// <summary>The record is the given record or below it in a hierarchy.</summary>
    UnderOrEqual = 77,

    /// <summary>The record is above the given record in a hierarchy.</summary>
    Above = 78,

    /// <summary>The record is the given record or above it in a hierarchy.</summary>
    AboveOrEqual = 79,

    /// <summary>The owner is the calling user or someone below them in the manager hierarchy.</summary>
    EqualUserOrUserHierarchy = 80,

    /// <summary>The owner is the calling user, someone below them, or one of their teams.</summary>
    EqualUserOrUserHierarchyAndTeams = 81,

    /// <summary>The date is more than X years ago.</summary>
    OlderThanXYears = 82,

    /// <summary>The date is more than X weeks ago.</summary>
    OlderThanXWeeks = 83,

    /// <summary>The date is more than X days ago.</summary>
    OlderThanXDays = 84,

    /// <summary>The date is more than X hours ago.</summary>
    OlderThanXHours = 85,

    /// <summary>The date is more than X minutes ago.</summary>
    OlderThanXMinutes = 86,

    /// <summary>The multi-select choice column contains any of the values.</summary>
    ContainValues = 87,

    /// <summary>The multi-select choice column contains none of the values.</summary>
    DoesNotContainValues = 88,

    /// <summary>The business unit is one where the calling user holds a role.</summary>
    EqualRoleBusinessId = 89,
}
