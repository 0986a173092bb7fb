import { describe, expect, it } from 'vitest';
import { CHANNEL_KINDS } from '../../core/seam-config.types';
import { formatDigest, formatMessage, type NotificationContent } from './messages';

const content: NotificationContent = {
  kind: 'escalated',
  issueId: 'i-1',
  title: 'invalid item reference key <n>',
  classification: 'defect',
  category: 'mapping_error',
  ownerTeam: 'engineering',
  level: 1,
  urgency: 'page',
  afterHours: true,
  integration: 'portal-netsuite-orders',
  occurrences: 40,
  distinctRecords: 38,
  topReasons: ['first seen 5 min after release 2.4.0'],
  href: 'http://seam.local/v1/issues/i-1',
};

describe('formatMessage', () => {
  it.each(CHANNEL_KINDS.map((kind) => [kind]))('%s carries the title, the level and the link', (kind) => {
    const message = formatMessage(kind, content);
    const text = JSON.stringify(message);
    expect(text).toContain('Escalation level 2');
    expect(text).toContain('invalid item reference key');
    expect(text).toContain(content.href);
  });

  it.each<[(typeof CHANNEL_KINDS)[number], string]>([
    ['slack', '"blocks"'],
    ['teams', '"MessageCard"'],
    ['jira', '"issuetype":{"name":"Bug"}'],
    ['webhook', '"type":"issue.escalated"'],
  ])('%s has its own shape', (kind, marker) => {
    expect(JSON.stringify(formatMessage(kind, content))).toContain(marker);
  });

  it('marks drills so nobody mistakes them for incidents', () => {
    expect(formatMessage('email', { ...content, drillId: 'd-1' }).email?.subject).toMatch(/^\[DRILL\]/);
  });
});

describe('formatDigest', () => {
  it.each(CHANNEL_KINDS.map((kind) => [kind]))('%s lists every issue with its link', (kind) => {
    const text = JSON.stringify(
      formatDigest(kind, {
        team: 'Support',
        date: '2026-11-24',
        items: [
          {
            issueId: 'a',
            title: 'posting period <n> is not open',
            classification: 'process_change',
            occurrences: 3,
            distinctRecords: 2,
            integration: 'sap',
            href: 'http://seam/v1/issues/a',
          },
          {
            issueId: 'b',
            title: 'new order status',
            classification: 'process_change',
            occurrences: 1,
            distinctRecords: 1,
            integration: 'ns',
            href: 'http://seam/v1/issues/b',
          },
        ],
      }),
    );
    expect(text).toContain('2 issues');
    expect(text).toContain('http://seam/v1/issues/a');
    expect(text).toContain('http://seam/v1/issues/b');
  });
});
