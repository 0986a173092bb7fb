import { describe, expect, it } from 'vitest';
import { emptySeamConfig, opsTeam } from '../../../test/support/seam-config';
import type { ContactChannel, SeamConfig } from '../../core/seam-config.types';
import { DENY_ALL_PRIVATE, parseAllowList } from '../../platform/outbound/domain/outbound-policy';
import { outboundTargetErrors } from './outbound-targets';

const config = (targets: { member?: string; team?: string; email?: string; retryUrl?: string }): SeamConfig => {
  const channel = (id: string, kind: ContactChannel['kind'], target?: string): ContactChannel[] =>
    target ? [{ id, kind, target }] : [];
  return {
    ...emptySeamConfig(),
    teams: [
      opsTeam(
        [...channel('ana-mail', 'email', targets.email), ...channel('ana-hook', 'webhook', targets.member)],
        channel('ops-slack', 'slack', targets.team),
      ),
    ],
    integrations: targets.retryUrl ? [{ integration: 'shopify', retryUrl: targets.retryUrl }] : [],
  };
};

describe('outboundTargetErrors', () => {
  it('names the path of every refused target', () => {
    const errors = outboundTargetErrors(
      config({
        member: 'http://169.254.169.254/latest',
        team: 'file:///etc/passwd',
        retryUrl: 'http://127.0.0.1:5432/',
      }),
      DENY_ALL_PRIVATE,
    );
    expect(errors).toEqual([
      expect.stringMatching(/^teams\.0\.members\.0\.channels\.0\.target 169\.254\.169\.254 is a link-local address/),
      expect.stringMatching(/^teams\.0\.channels\.0\.target must be an http\(s\) URL, not file:/),
      expect.stringMatching(/^integrations\.0\.retryUrl 127\.0\.0\.1 is a loopback address/),
    ]);
  });

  it('leaves public targets and email addresses alone', () => {
    expect(
      outboundTargetErrors(
        config({
          member: 'https://hooks.example.com/x',
          team: 'https://hooks.slack.com/services/T/B/X',
          email: 'ana@example.com',
          retryUrl: 'https://erp.example.com/retry',
        }),
        DENY_ALL_PRIVATE,
      ),
    ).toEqual([]);
  });

  it('takes what the allow-list allows', () => {
    const policy = { allowPrivate: false, allow: parseAllowList('127.0.0.1:4000').entries };
    expect(
      outboundTargetErrors(
        config({ member: 'http://127.0.0.1:4000/hook', retryUrl: 'http://127.0.0.1:4001/retry' }),
        policy,
      ),
    ).toEqual([expect.stringMatching(/^integrations\.0\.retryUrl/)]);
  });
});

describe('outboundTargetErrors on a redacted export', () => {
  it('refuses a target that was redacted for a non-admin reader instead of storing it', () => {
    expect(outboundTargetErrors(config({ team: 'https://hooks.slack.com/…' }), DENY_ALL_PRIVATE)).toEqual([
      'teams.0.channels.0.target is a redacted URL from a non-admin export; give the real URL',
    ]);
  });
});
