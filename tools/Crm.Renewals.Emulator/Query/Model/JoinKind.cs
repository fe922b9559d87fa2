namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>The join types the engine runs.</summary>
internal enum JoinKind
{
    /// <summary>Only parent rows with a matching linked row.</summary>
    Inner,

    /// <summary>Every parent row; linked columns are absent when nothing matches.</summary>
    LeftOuter,
}
