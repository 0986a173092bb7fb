import { describe, expect, it } from 'vitest';
import { escapeJira, escapeSlack, escapeTeams } from './chat-escaping';
import { formatDigest, formatMessage, type NotificationContent } from './messages';

describe('escapeSlack', () => {
  it.each([
    ['<!channel> deploy failed', '&lt;!channel&gt; deploy failed'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['ping <@U024BE7LH>', 'ping &lt;@U024BE7LH&gt;'],
    ['<http://evil.example|click to re-authenticate>', '&lt;http://evil.example|click to re-authenticate&gt;'],
    ['<!subteam^S123>', '&lt;!subteam^S123&gt;'],
    ['already &lt; escaped', 'already &amp;lt; escaped'],
    ['key <n> of order <n>', 'key &lt;n&gt; of order &lt;n&gt;'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeSlack(text)).toBe(escaped);
  });
});

describe('escapeTeams', () => {
  it.each([
    ['<at>Ana</at> look', '&lt;at&gt;Ana&lt;/at&gt; look'],
    ['<a href="http://evil">click</a>', '&lt;a href=&quot;http://evil&quot;&gt;click&lt;/a&gt;'],
    ['[click](http://evil.example)', '&#91;click&#93;&#40;http://evil.example&#41;'],
    ['**urgent** _now_ `code` # title', '&#42;&#42;urgent&#42;&#42; &#95;now&#95; &#96;code&#96; &#35; title'],
    ["it's a & b", 'it&#39;s a &amp; b'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeTeams(text)).toBe(escaped);
  });
});

describe('escapeJira', () => {
  it.each([
    ['[click|http://evil.example]', '\\[click\\|http://evil.example\\]'],
    ['[~admin] look', '\\[~admin\\] look'],
    ['{color:red}x{color}', '\\{color:red\\}x\\{color\\}'],
    ['!http://evil.example/pixel.png!', '\\!http://evil.example/pixel.png\\!'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeJira(text)).toBe(escaped);
  });
});

describe('notifications built from hostile event text', () => {
  const hostile: NotificationContent = {
    kind: 'notified',
    issueId: 'i-1',
    title: '<!channel> <@U1> [x](http://evil) <http://evil|click>',
    classification: 'defect',
    category: 'mapping_error',
    ownerTeam: 'engineering',
    level: 0,
    urgency: 'page',
    afterHours: false,
    integration: '<!here>',
    occurrences: 1,
    distinctRecords: 1,
    topReasons: ['<http://evil.example|Reset your password>', '<at>everyone</at>'],
    href: 'http://seam.local/v1/issues/i-1',
  };

  it('Slack: no mention and no link survives but Seam’s own', () => {
    const json = formatMessage('slack', hostile).json as {
      text: string;
      blocks: Array<{ text: { type: string; text: string } }>;
    };
    const parsed = [json.text, ...json.blocks.filter((b) => b.text.type === 'mrkdwn').map((b) => b.text.text)].join(
      '\n',
    );
    expect(parsed.match(/<[^>]*>/g)).toEqual(['<http://seam.local/v1/issues/i-1|Open the issue>']);
  });

  it('Teams: no tag and no markdown link survives', () => {
    const json = formatMessage('teams', hostile).json as { title: string; text: string };
    expect(`${json.title}${json.text}`.replace(/<br>/g, '')).not.toMatch(/<|\]\(/);
  });

  it('Jira: no link, mention or macro survives', () => {
    const json = formatMessage('jira', hostile).json as { fields: { description: string } };
    expect(json.fields.description).not.toMatch(/(^|[^\\])[[{!|]/);
  });

  it('digests escape the same way', () => {
    const digest = {
      team: '<!channel>',
      date: '2026-01-05',
      items: [
        {
          issueId: 'a',
          title: '<!here> [x](http://evil)',
          classification: 'defect',
          occurrences: 1,
          distinctRecords: 1,
          integration: 'erp',
          href: 'http://seam/v1/issues/a',
        },
      ],
    };
    expect(JSON.stringify(formatDigest('slack', digest).json)).not.toMatch(/<!/);
    const teams = formatDigest('teams', digest).json as { title: string; text: string };
    expect(`${teams.title}${teams.text}`).not.toMatch(/<|\]\(/);
  });
});
