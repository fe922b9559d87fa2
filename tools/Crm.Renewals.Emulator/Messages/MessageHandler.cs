namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// The core operation of a message the emulator does not implement itself, registered with
/// <see cref="OrganizationEmulator.RegisterMessageHandler"/>. Steps registered on the message run around it.
/// </summary>
/// <param name="context">The request, its input and output parameters, and a service acting as the caller.</param>
public delegate void MessageHandler(MessageHandlerContext context);
