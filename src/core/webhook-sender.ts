/**
 * Posts a JSON body to a URL outside Seam under the outbound policy, signed with `secret` when there is one
 * (the scheme Seam asks of integrations), and throws an OutboundError with a short reason when the receiver
 * did not take it. Escalation provides it (ChannelSender); it is declared here so that issues (asking an
 * integration to retry) need not depend on escalation, which reads issues.
 */
export abstract class WebhookSender {
  abstract post(url: string, json: unknown, secret?: string): Promise<void>;
}
