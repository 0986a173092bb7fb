import { escapeJira, escapeSlack, escapeTeams } from './chat-escaping';
import type { ChannelKind } from '../../core/seam-config.types';
import type { OutboundMessage } from '../../platform/outbound/domain/outbound-message';
import { budgetSummaryText, type BudgetSummary } from './notification-budget';

/** What a notification says, whatever carries it. */
export interface NotificationContent {
  kind: 'notified' | 'escalated' | 'drill';
  issueId: string;
  title: string;
  classification: string;
  category: string;
  ownerTeam: string;
  level: number;
  urgency: string;
  afterHours: boolean;
  integration: string;
  occurrences: number;
  distinctRecords: number;
  topReasons: string[];
  /** absolute link to the issue's page in the console */
  href: string;
  drillId?: string | null;
}

type Escape = (text: string) => string;
const verbatim: Escape = (text) => text;

// every field that can come from an event or from the config passes through the channel's escaper
const heading = (c: NotificationContent, escape: Escape = verbatim): string =>
  `${c.drillId ? '[DRILL] ' : ''}${c.kind === 'escalated' ? `Escalation level ${c.level + 1}: ` : ''}${escape(c.classification.replace(/_/g, ' '))} — ${escape(c.title)}`;

const summary = (c: NotificationContent, escape: Escape = verbatim): string =>
  `${c.occurrences} failure${c.occurrences === 1 ? '' : 's'} on ${c.distinctRecords} record${c.distinctRecords === 1 ? '' : 's'} in ${escape(c.integration)}; owner ${escape(c.ownerTeam)}; ${c.urgency === 'page' ? 'urgent' : 'business hours'}${c.afterHours ? ', after hours' : ''}`;

/** The body each channel kind expects: Slack and Teams incoming-webhook formats, a Jira-shaped issue, generic JSON, email. */
export function formatMessage(kind: ChannelKind, content: NotificationContent): OutboundMessage {
  const title = heading(content);
  const text = summary(content);
  switch (kind) {
    case 'slack': {
      const slackText = summary(content, escapeSlack);
      return {
        json: {
          text: `${heading(content, escapeSlack)}\n${slackText}`,
          blocks: [
            // plain_text is never parsed: it takes the words as they are
            { type: 'header', text: { type: 'plain_text', text: heading(content).slice(0, 150) } },
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: `${slackText}\n${content.topReasons.map((r) => `• ${escapeSlack(r)}`).join('\n')}`,
              },
            },
            { type: 'section', text: { type: 'mrkdwn', text: `<${content.href}|Open the issue>` } },
          ],
        },
      };
    }
    case 'teams':
      return {
        json: {
          '@type': 'MessageCard',
          '@context': 'https://schema.org/extensions',
          summary: title,
          themeColor: content.classification === 'defect' ? 'D13438' : '0078D7',
          title: heading(content, escapeTeams),
          text: `${summary(content, escapeTeams)}<br>${content.topReasons.map((r) => `- ${escapeTeams(r)}`).join('<br>')}`,
          potentialAction: [
            { '@type': 'OpenUri', name: 'Open the issue', targets: [{ os: 'default', uri: content.href }] },
          ],
        },
      };
    case 'jira':
      return {
        json: {
          fields: {
            summary: title.slice(0, 255),
            issuetype: { name: content.classification === 'defect' ? 'Bug' : 'Task' },
            labels: ['seam', content.classification, content.category, ...(content.drillId ? ['drill'] : [])],
            description: `${summary(content, escapeJira)}\n\nWhy Seam thinks so:\n${content.topReasons.map((r) => `* ${escapeJira(r)}`).join('\n')}\n\n${content.href}`,
          },
          seam: { issueId: content.issueId, level: content.level, drillId: content.drillId ?? null },
        },
      };
    case 'email':
      return {
        email: {
          subject: title,
          text: `${text}\n\n${content.topReasons.map((r) => `- ${r}`).join('\n')}\n\n${content.href}\n`,
        },
      };
    case 'webhook':
      return { json: { type: `issue.${content.kind}`, summary: `${title}: ${text}`, ...content } };
  }
}

// A message about many issues (a digest, a budget summary) is a Teams card and a Jira task of one shape.
const teamsCard = (title: string, text: string, extra: Record<string, unknown> = {}): OutboundMessage => ({
  json: {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: title,
    title: escapeTeams(title),
    text,
    ...extra,
  },
});

const jiraTask = (title: string, label: string, description: string): OutboundMessage => ({
  json: { fields: { summary: title, issuetype: { name: 'Task' }, labels: ['seam', label], description } },
});

/** A team's daily digest of low-urgency issues. */
export interface DigestContent {
  team: string;
  /** the team's local date */
  date: string;
  items: Array<{
    issueId: string;
    title: string;
    classification: string;
    occurrences: number;
    distinctRecords: number;
    integration: string;
    href: string;
  }>;
}

export function formatDigest(kind: ChannelKind, digest: DigestContent): OutboundMessage {
  const title = `Seam digest for ${digest.team}, ${digest.date}: ${digest.items.length} issue${digest.items.length === 1 ? '' : 's'}`;
  const line = (item: DigestContent['items'][number], escape: Escape) =>
    `${escape(item.classification.replace(/_/g, ' '))} — ${escape(item.title)} (${item.occurrences} failures, ${item.distinctRecords} records, ${escape(item.integration)}) ${item.href}`;
  const lines = digest.items.map((item) => line(item, verbatim));
  switch (kind) {
    case 'slack':
      return {
        json: {
          text: `${escapeSlack(title)}\n${digest.items.map((item) => `• ${line(item, escapeSlack)}`).join('\n')}`,
        },
      };
    case 'teams':
      return teamsCard(title, digest.items.map((item) => line(item, escapeTeams)).join('<br>'));
    case 'jira':
      return jiraTask(title, 'digest', digest.items.map((item) => `* ${line(item, escapeJira)}`).join('\n'));
    case 'email':
      return { email: { subject: title, text: `${lines.map((l) => `- ${l}`).join('\n')}\n` } };
    case 'webhook':
      return { json: { type: 'digest', summary: title, ...digest } };
  }
}

/** Instead of the pages the notification budget held: one message per integration and team per window. */
export function formatBudgetSummary(
  kind: ChannelKind,
  summary: BudgetSummary,
  windowMs: number,
  href: string,
): OutboundMessage {
  const title = `Seam held ${summary.held} page${summary.held === 1 ? '' : 's'} for ${summary.team}: notification budget spent`;
  const text = (escape: Escape) =>
    `${escape(budgetSummaryText(summary, windowMs))} (${summary.windowStart} to ${summary.windowEnd}); they are open in Seam, none was paged individually.`;
  switch (kind) {
    case 'slack':
      return { json: { text: `${escapeSlack(title)}\n${text(escapeSlack)}\n<${href}|Open them>` } };
    case 'teams':
      return teamsCard(title, text(escapeTeams), {
        potentialAction: [{ '@type': 'OpenUri', name: 'Open them', targets: [{ os: 'default', uri: href }] }],
      });
    case 'jira':
      return jiraTask(title, 'notification-budget', `${text(escapeJira)}\n\n${href}`);
    case 'email':
      return { email: { subject: title, text: `${text(verbatim)}\n\n${href}\n` } };
    case 'webhook':
      return { json: { ...summary, summary: text(verbatim), href } };
  }
}
