using System;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>Who makes a request and from where: outside, a plugin, or the platform itself.</summary>
internal sealed class CallerContext
{
    private CallerContext(Guid userId, Guid initiatingUserId, int parentDepth, Guid? correlationId, PluginExecutionContext? parent, bool sameDepth, Guid? impersonatorId = null)
    {
        ImpersonatorId = impersonatorId;
        UserId = userId;
        InitiatingUserId = initiatingUserId;
        ParentDepth = parentDepth;
        CorrelationId = correlationId;
        Parent = parent;
        SameDepth = sameDepth;
    }

    /// <summary>
    /// The user who called on behalf of <see cref="UserId"/> (CallerId impersonation), or null: the call then runs with
    /// the privileges both hold.
    /// </summary>
    public Guid? ImpersonatorId { get; }

    /// <summary>The user the request runs as.</summary>
    public Guid UserId { get; }

    /// <summary>The user who started the top-level operation.</summary>
    public Guid InitiatingUserId { get; }

    /// <summary>Depth of the context the call comes from; 0 outside the pipeline.</summary>
    public int ParentDepth { get; }

    /// <summary>Correlation id of the calling operation, or null for a new top-level operation.</summary>
    public Guid? CorrelationId { get; }

    /// <summary>The calling step's context (the nested operation's <c>ParentContext</c>).</summary>
    public PluginExecutionContext? Parent { get; }

    /// <summary>True for an operation the platform performs on behalf of another (Upsert's Create, Win's Update...).</summary>
    public bool SameDepth { get; }

    /// <summary>True for a request from outside the pipeline.</summary>
    public bool IsExternal => Parent is null && ParentDepth == 0;

    /// <summary>The depth the request runs at.</summary>
    public int Depth => SameDepth ? ParentDepth : ParentDepth + 1;

    public static CallerContext External(Guid userId) => new(userId, userId, 0, null, null, sameDepth: false);

    /// <summary>A call from outside by <paramref name="impersonatorId"/> on behalf of <paramref name="userId"/> (CallerId): both are the user and initiating user in the context.</summary>
    public static CallerContext Impersonated(Guid userId, Guid impersonatorId) => new(userId, userId, 0, null, null, sameDepth: false, impersonatorId);

    public static CallerContext FromPlugin(PluginExecutionContext context, Guid userId) =>
        new(userId, context.InitiatingUserId, context.Depth, context.CorrelationId, context, sameDepth: false);

    public static CallerContext Platform(Guid userId, Guid initiatingUserId, int depth, Guid correlationId, PluginExecutionContext parent, Guid? impersonatorId) =>
        new(userId, initiatingUserId, depth, correlationId, parent, sameDepth: true, impersonatorId);
}
