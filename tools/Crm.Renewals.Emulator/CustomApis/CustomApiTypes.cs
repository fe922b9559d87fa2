using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.CustomApis;

/// <summary>The Custom API parameter type codes and the .NET type a value of each must have.</summary>
internal static class CustomApiTypes
{
    public const int Boolean = 0;
    public const int DateTime = 1;
    public const int Decimal = 2;
    public const int Entity = 3;
    public const int EntityCollection = 4;
    public const int EntityReference = 5;
    public const int Float = 6;
    public const int Integer = 7;
    public const int Money = 8;
    public const int Picklist = 9;
    public const int String = 10;
    public const int StringArray = 11;
    public const int Guid = 12;

    /// <summary>The .NET type of a type code and the name the definition uses for it.</summary>
    public static (Type ClrType, string Name) Of(int typeCode) => typeCode switch
    {
        Boolean => (typeof(bool), nameof(Boolean)),
        DateTime => (typeof(System.DateTime), nameof(DateTime)),
        Decimal => (typeof(decimal), nameof(Decimal)),
        Entity => (typeof(Microsoft.Xrm.Sdk.Entity), nameof(Entity)),
        EntityCollection => (typeof(Microsoft.Xrm.Sdk.EntityCollection), nameof(EntityCollection)),
        EntityReference => (typeof(Microsoft.Xrm.Sdk.EntityReference), nameof(EntityReference)),
        Float => (typeof(double), nameof(Float)),
        Integer => (typeof(int), nameof(Integer)),
        Money => (typeof(Microsoft.Xrm.Sdk.Money), nameof(Money)),
        Picklist => (typeof(OptionSetValue), nameof(Picklist)),
        String => (typeof(string), nameof(String)),
        StringArray => (typeof(string[]), nameof(StringArray)),
        Guid => (typeof(System.Guid), nameof(Guid)),
        _ => throw new ArgumentOutOfRangeException(nameof(typeCode), typeCode, "Custom API parameter type codes are 0 to 12."),
    };
}
