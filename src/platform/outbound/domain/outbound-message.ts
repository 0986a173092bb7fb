/** One message as a channel kind takes it; escalation and channel verification format it, ChannelSender sends it. */
export interface OutboundMessage {
  /** HTTP body (JSON) for webhook, slack, teams and jira channels */
  json?: unknown;
  /** for email */
  email?: { subject: string; text: string };
}
