import { describe, expect, it } from 'vitest';
import { opsTeam } from '../../../test/support/seam-config';
import type { SeamConfig } from '../../core/seam-config.types';
import { redactTarget, withRedactedTargets } from './target-redaction';

describe('redactTarget', () => {
  it.each([
    ['https://hooks.slack.com/services/T000/B000/XXXXSECRET', 'https://hooks.slack.com/…'],
    ['https://outlook.office.com/webhook/abc@def/IncomingWebhook/123/456', 'https://outlook.office.com/…'],
    ['http://127.0.0.1:4000/hook?token=abc', 'http://127.0.0.1:4000/…'],
    ['not a url with a secret', '…'],
  ])('%s → %s', (url, shown) => {
    expect(redactTarget(url)).toBe(shown);
  });
});

describe('withRedactedTargets', () => {
  it('hides every webhook URL and retry URL but keeps email addresses, and leaves the original alone', () => {
    const config = {
      teams: [
        opsTeam(
          [
            { id: 'a1', kind: 'email', target: 'ana@example.com' },
            { id: 'a2', kind: 'webhook', target: 'https://h.example.com/s3cret' },
          ],
          [{ id: 's', kind: 'slack', target: 'https://hooks.slack.com/services/T/B/SECRET' }],
        ),
      ],
      integrations: [
        { integration: 'shopify', retryUrl: 'https://erp.example.com/retry?key=SECRET' },
        { integration: 'netsuite' },
      ],
    } as unknown as SeamConfig;
    const shown = JSON.stringify(withRedactedTargets(config));
    expect(shown).not.toMatch(/SECRET|s3cret/);
    expect(shown).toContain('ana@example.com');
    expect(shown).toContain('https://hooks.slack.com/…');
    expect(shown).toContain('"integration":"netsuite"');
    expect(JSON.stringify(config)).toContain('SECRET');
  });
});
