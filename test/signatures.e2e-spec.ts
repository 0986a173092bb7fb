import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSeamYaml } from './support/config';
import { syncEvent } from './support/events';
import { startTestApp, type TestApp } from './support/test-app';

// API.md, Signatures: X-Seam-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">.
const OLD = 'old-secret-0123456789abcdef';
const NEW = 'new-secret-fedcba9876543210';

let t: TestApp;
const config = (secrets: string[] | undefined) => ({
  teams: [{ slug: 'support', name: 'Support', members: [] }],
  routing: [{ priority: 1000, team: 'support' }],
  integrations: [
    { integration: 'signed-orders', ...(secrets ? { signingSecrets: secrets } : {}) },
    { integration: 'signed-invoices', signingSecrets: ['invoices-secret-0123456789'] },
  ],
});
const signature = (secret: string, raw: string, t0 = Math.floor(Date.now() / 1000)) =>
  `t=${t0},v1=${createHmac('sha256', secret).update(`${t0}.${raw}`).digest('hex')}`;
const post = (raw: string, header?: string) => {
  const req = t.api().post('/v1/events').set('content-type', 'application/json');
  return (header ? req.set('x-seam-signature', header) : req).send(raw);
};
const event = (integration = 'signed-orders') => JSON.stringify(syncEvent({ integration }));

beforeAll(async () => {
  t = await startTestApp();
  await t
    .api()
    .put('/v1/config')
    .send(config([OLD]))
    .expect(200);
});
afterAll(async () => {
  await t?.close();
});

describe('webhook signatures', () => {
  it('accepts a correctly signed event and refuses a missing, wrong, tampered or replayed one with 401', async () => {
    const raw = event();
    await post(raw, signature(OLD, raw)).expect(202);
    const missing = await post(event()).expect(401);
    expect(missing.body.message[0]).toMatch(/X-Seam-Signature is missing.*\(integration signed-orders\)/);
    const other = event();
    await post(other, signature('not-the-secret-0000000000', other)).expect(401);
    const tampered = event();
    await post(tampered.replace('SO-', 'SX-'), signature(OLD, tampered)).expect(401);
    const replayed = event();
    const old = await post(replayed, signature(OLD, replayed, Math.floor(Date.now() / 1000) - 360)).expect(401);
    expect(old.body.message[0]).toContain('more than 300 s');
  });

  it('leaves integrations without a secret as they were', async () => {
    await post(event('portal-unsigned')).expect(202);
  });

  it('rotates: old and new secret both valid, then only the new one', async () => {
    await t
      .api()
      .put('/v1/config')
      .send(config([OLD, NEW]))
      .expect(200);
    const a = event();
    await post(a, signature(OLD, a)).expect(202);
    const b = event();
    await post(b, signature(NEW, b)).expect(202);
    await t
      .api()
      .put('/v1/config')
      .send(config([NEW]))
      .expect(200);
    const c = event();
    await post(c, signature(OLD, c)).expect(401);
    const d = event();
    await post(d, signature(NEW, d)).expect(202);
  });

  it('keeps secrets through an export and re-import, and never exports them', async () => {
    const exported = await t.api().get('/v1/config').expect(200);
    expect(exported.text).not.toContain(NEW);
    await putSeamYaml(t.api(), exported.text).expect(200);
    const e = event();
    await post(e).expect(401);
    await post(e, signature(NEW, e)).expect(202);
  });

  it('checks each signed integration of a batch', async () => {
    const mixedUnsigned = JSON.stringify({
      events: [syncEvent({ integration: 'signed-orders' }), syncEvent({ integration: 'portal-unsigned' })],
    });
    await post(mixedUnsigned, signature(NEW, mixedUnsigned)).expect(202);
    const twoSecrets = JSON.stringify({
      events: [syncEvent({ integration: 'signed-orders' }), syncEvent({ integration: 'signed-invoices' })],
    });
    const refused = await post(twoSecrets, signature(NEW, twoSecrets)).expect(401);
    expect(refused.body.message[0]).toContain('integration signed-invoices');
  });
});
