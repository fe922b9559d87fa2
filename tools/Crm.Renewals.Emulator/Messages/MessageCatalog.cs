using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.CustomApis;
using Crm.Renewals.Emulator.Metadata;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>The messages an organization answers: the platform's, the solution's Custom APIs, and handlers a test registers.</summary>
internal sealed class MessageCatalog
{
    private readonly Dictionary<string, CoreMessage> messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrganizationMetadata metadata;

    public MessageCatalog(OrganizationMetadata metadata)
    {
        this.metadata = metadata;
        foreach (var message in PlatformMessages())
        {
            messages[message.Name] = message;
        }
    }

    /// <summary>The message steps are registered on for a request name (the SDK's WinOpportunity is the platform's Win).</summary>
    public static string MessageNameOf(string requestName) => requestName switch
    {
        _ when string.Equals(requestName, MessageNames.WinOpportunityRequest, StringComparison.OrdinalIgnoreCase) => MessageNames.Win,
        _ when string.Equals(requestName, MessageNames.LoseOpportunityRequest, StringComparison.OrdinalIgnoreCase) => MessageNames.Lose,
        _ => requestName,
    };

    public CoreMessage? Find(string messageName)
    {
        if (messages.TryGetValue(messageName, out var message))
        {
            return message;
        }

        if (metadata.FindCustomApi(messageName) is { } api)
        {
            var customApi = new CustomApiMessage(api);
            messages[api.UniqueName] = customApi;
            return customApi;
        }

        return null;
    }

    public void AddHandler(string messageName, MessageHandler handler)
    {
        if (string.IsNullOrWhiteSpace(messageName))
        {
            throw new ArgumentException("A message handler needs a message name.", nameof(messageName));
        }

        if (Find(messageName) is { } existing and not HandlerMessage)
        {
            throw new ArgumentException(
                "'" + messageName + "' is already implemented by the emulator" + (existing is CustomApiMessage ? " as a Custom API of the solution (bind its plugin with RegisterCustomApi)" : string.Empty) + "; a handler cannot replace it.",
                nameof(messageName));
        }

        messages[messageName] = new HandlerMessage(messageName, handler ?? throw new ArgumentNullException(nameof(handler)));
    }

    private static IEnumerable<CoreMessage> PlatformMessages() =>
    [
        new CreateMessage(), new UpdateMessage(), new DeleteMessage(), new RetrieveMessage(), new RetrieveMultipleMessage(),
        new UpsertMessage(), new AssociateMessage(), new DisassociateMessage(), new SetStateMessage(), new AssignMessage(),
        new WhoAmIMessage(), new CloseOpportunityMessage(won: true), new CloseOpportunityMessage(won: false),
    ];
}
