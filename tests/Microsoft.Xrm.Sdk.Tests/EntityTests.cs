namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="Entity"/>, plus the §3.1 contracts of dataverse-platform.md.</summary>
public sealed class EntityTests
{
    private const string Account = "account";
    private const string Name = "name";
    private static readonly Guid RecordId = new("5d2b2b58-8c6e-4f7e-9a53-0c1c1f6f8a11");

    [Fact]
    public void Attributes_NewEntityWithNameAndId_IsEmpty() =>
        Assert.Empty(new Entity(Account, RecordId).Attributes);

    [Fact]
    public void Indexer_MissingAttribute_ThrowsKeyNotFoundNamingTheKey()
    {
        var entity = new Entity(Account, RecordId);

        var error = Assert.Throws<KeyNotFoundException>(() => entity["missing"]);

        Assert.Equal("The given key 'missing' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void GetAttributeValue_MissingString_ReturnsNull() =>
        Assert.Null(new Entity(Account).GetAttributeValue<string>("missing"));

    [Fact]
    public void GetAttributeValue_MissingInt_ReturnsZero() =>
        Assert.Equal(0, new Entity(Account).GetAttributeValue<int>("missing"));

    [Fact]
    public void GetAttributeValue_MissingNullableInt_ReturnsNull() =>
        Assert.Null(new Entity(Account).GetAttributeValue<int?>("missing"));

    [Fact]
    public void GetAttributeValue_MissingBool_ReturnsFalse() =>
        Assert.False(new Entity(Account).GetAttributeValue<bool>("missing"));

    [Fact]
    public void GetAttributeValue_MissingDateTime_ReturnsMinValue() =>
        Assert.Equal(DateTime.MinValue, new Entity(Account).GetAttributeValue<DateTime>("missing"));

    [Fact]
    public void Contains_AttributeSetToNull_ReturnsTrue()
    {
        var entity = new Entity(Account) { [Name] = null };

        Assert.True(entity.Contains(Name));
    }

    [Fact]
    public void GetAttributeValue_MoneySetToNull_ReturnsNull()
    {
        var entity = new Entity(Account) { ["revenue"] = null };

        Assert.Null(entity.GetAttributeValue<Money>("revenue"));
    }

    [Fact]
    public void GetAttributeValue_PresentIntRead_ReturnsValue()
    {
        var entity = new Entity(Account) { ["numberofemployees"] = 400 };

        Assert.Equal(400, entity.GetAttributeValue<int>("numberofemployees"));
        Assert.Equal(400, entity.GetAttributeValue<int?>("numberofemployees"));
    }

    [Fact]
    public void GetAttributeValue_IntReadAsString_ThrowsInvalidCastNamingBothTypes()
    {
        var entity = new Entity(Account) { ["numberofemployees"] = 400 };

        var error = Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<string>("numberofemployees"));

        Assert.Equal("Unable to cast object of type 'System.Int32' to type 'System.String'.", error.Message);
    }

    [Fact]
    public void GetAttributeValue_IntReadAsDecimal_ThrowsInvalidCastNamingBothTypes()
    {
        var entity = new Entity(Account) { ["numberofemployees"] = 400 };

        var error = Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<decimal>("numberofemployees"));

        Assert.Equal("Unable to cast object of type 'System.Int32' to type 'System.Decimal'.", error.Message);
    }

    [Fact]
    public void GetAttributeValue_AliasedValueReadAsString_ThrowsInvalidCast()
    {
        var entity = new Entity(Account) { ["contact.fullname"] = new AliasedValue("contact", "fullname", "X") };

        var error = Assert.Throws<InvalidCastException>(() => entity.GetAttributeValue<string>("contact.fullname"));

        Assert.Equal("Unable to cast object of type 'Microsoft.Xrm.Sdk.AliasedValue' to type 'System.String'.", error.Message);
    }

    [Fact]
    public void GetAttributeValue_AliasedValueReadAsAliasedValue_ExposesWrappedValue()
    {
        var entity = new Entity(Account) { ["contact.fullname"] = new AliasedValue("contact", "fullname", "X") };

        AliasedValue aliased = entity.GetAttributeValue<AliasedValue>("contact.fullname");

        Assert.Equal("X", aliased.Value);
        Assert.Equal("contact", aliased.EntityLogicalName);
        Assert.Equal("fullname", aliased.AttributeLogicalName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void GetAttributeValue_NullOrWhitespaceName_ThrowsArgumentNull(string? attributeName) =>
        Assert.Throws<ArgumentNullException>(() => new Entity(Account).GetAttributeValue<string>(attributeName!));

    [Fact]
    public void Contains_DifferentCase_ReturnsFalse()
    {
        var entity = new Entity(Account) { ["i"] = 1 };

        Assert.False(entity.Contains("I"));
        Assert.True(entity.Contains("i"));
    }

    [Fact]
    public void Id_PrimaryKeyAttributeSet_StaysEmpty()
    {
        var entity = new Entity(Account) { ["accountid"] = RecordId };

        Assert.Equal(Guid.Empty, entity.Id);
    }

    [Fact]
    public void ToEntityReference_EmptyId_HasEmptyId() =>
        Assert.Equal(Guid.Empty, new Entity(Account).ToEntityReference().Id);

    [Fact]
    public void ToEntityReference_EntityWithPrimaryName_CopiesLogicalNameIdAndRowVersionOnly()
    {
        var entity = new Entity(Account, "accountnumber", "A-1") { Id = RecordId, RowVersion = "42", [Name] = "Contoso" };

        EntityReference reference = entity.ToEntityReference();

        Assert.Null(reference.Name);
        Assert.Equal(Account, reference.LogicalName);
        Assert.Equal(RecordId, reference.Id);
        Assert.Equal("42", reference.RowVersion);
        Assert.Empty(reference.KeyAttributes);
    }

    [Fact]
    public void FormattedValues_MissingKey_ThrowsKeyNotFoundNamingTheKey()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new Entity(Account).FormattedValues["x"]);

        Assert.Equal("The given key 'x' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void ToEntity_AsEntity_ReturnsNewInstanceSharingAttributes()
    {
        var entity = new Entity(Account, RecordId) { [Name] = "Contoso", RowVersion = "7" };

        Entity copy = entity.ToEntity<Entity>();
        copy["telephone1"] = "555";

        Assert.NotSame(entity, copy);
        Assert.Same(entity.Attributes, copy.Attributes);
        Assert.Same(entity.FormattedValues, copy.FormattedValues);
        Assert.Same(entity.KeyAttributes, copy.KeyAttributes);
        Assert.Same(entity.RelatedEntities, copy.RelatedEntities);
        Assert.Equal("555", entity["telephone1"]);
        Assert.Equal((Account, RecordId, "7"), (copy.LogicalName, copy.Id, copy.RowVersion));
    }

    [Fact]
    public void ToEntity_DerivedTypeWithoutLogicalNameAttribute_ThrowsNotSupported() =>
        Assert.Throws<NotSupportedException>(() => new Entity(Account, RecordId).ToEntity<UnattributedEntity>());

    [Fact]
    public void Equals_TwoEntitiesWithSameNameAndId_IsReferenceEquality() =>
        Assert.False(new Entity(Account, RecordId).Equals(new Entity(Account, RecordId)));

    [Fact]
    public void Indexer_LocalDateTimeStored_KeepsItsKind()
    {
        var local = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Local);
        var entity = new Entity(Account) { ["createdon"] = local };

        Assert.Equal(DateTimeKind.Local, entity.GetAttributeValue<DateTime>("createdon").Kind);
    }

    [Fact]
    public void RelatedEntities_NewEntity_IsEmpty() =>
        Assert.Empty(new Entity(Account).RelatedEntities);

    [Fact]
    public void KeyAttributes_NewEntity_IsEmpty() =>
        Assert.Empty(new Entity(Account).KeyAttributes);

    [Fact]
    public void Constructor_AlternateKey_SetsKeyAndLeavesIdEmpty()
    {
        var entity = new Entity(Account, "K1", "value-1");

        Assert.Equal(Guid.Empty, entity.Id);
        Assert.Equal(new[] { "K1" }, entity.KeyAttributes.Keys);
        Assert.Equal("value-1", entity.KeyAttributes["K1"]);
    }

    [Fact]
    public void TryGetAttributeValue_Missing_ReturnsFalse()
    {
        Assert.False(new Entity(Account).TryGetAttributeValue("missing", out string? value));
        Assert.Null(value);
    }

    [Fact]
    public void TryGetAttributeValue_NullValue_ReturnsFalse()
    {
        var entity = new Entity(Account) { [Name] = null };

        Assert.False(entity.TryGetAttributeValue(Name, out string? _));
    }

    [Fact]
    public void TryGetAttributeValue_ValueOfRequestedType_ReturnsIt()
    {
        var entity = new Entity(Account) { [Name] = "Contoso" };

        Assert.True(entity.TryGetAttributeValue(Name, out string? value));
        Assert.Equal("Contoso", value);
    }

    [Fact]
    public void TryGetAttributeValue_StringConvertibleByTypeConverter_ReturnsConvertedValue()
    {
        // Int32Converter converts from string: the value is converted rather than rejected.
        var entity = new Entity(Account) { ["numberofemployees"] = "400" };

        Assert.True(entity.TryGetAttributeValue("numberofemployees", out int value));
        Assert.Equal(400, value);
    }

    /// <summary>An early-bound type without <c>[EntityLogicalName]</c>: ToEntity must refuse it.</summary>
    public sealed class UnattributedEntity : Entity
    {
    }
}
