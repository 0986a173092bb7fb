import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { succeeded, syncEvent } from './support/events';
import { issueOf, postForIssue } from './support/issues';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const odd = (integration: string, id: string) =>
  syncEvent({
    integration,
    source: { system: 'portal', entity: 'shipment', id },
    target: { system: 'freightly', entity: 'consignment' },
    error: { message: 'Consignment rejected: carrier zone QX-9 not enabled for depot', code: 'ZONE_REJECT' },
  });

describe('user rules', () => {
  it('creates, lists, applies and deletes a rule', async () => {
    const created = await t
      .api()
      .post('/v1/rules')
      .send({
        name: 'freight zones are set up by ops',
        match: { system: 'freightly', messageRegex: 'zone .* not enabled' },
        classification: 'process_change',
        category: 'setup_missing',
      })
      .expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), priority: 100, classification: 'process_change' });

    const listed = await t.api().get('/v1/rules').expect(200);
    expect(listed.body.items.map((rule: { id: string }) => rule.id)).toContain(created.body.id);

    const classified = await t.api().post('/v1/classify').send(odd('rules-flow', 'SH-1')).expect(200);
    expect(classified.body).toMatchObject({
      classification: 'process_change',
      category: 'setup_missing',
      owner: 'business',
    });
    expect(JSON.stringify(classified.body.reasons)).toContain('freight zones are set up by ops');

    await t.api().delete(`/v1/rules/${created.body.id}`).expect(204);
    await t.api().delete(`/v1/rules/${created.body.id}`).expect(404);
    const after = await t.api().post('/v1/classify').send(odd('rules-flow', 'SH-1')).expect(200);
    expect(JSON.stringify(after.body.reasons)).not.toContain('freight zones are set up by ops');
  });

  it('tests a rule against an event without saving it', async () => {
    const res = await t
      .api()
      .post('/v1/rules/test')
      .send({ rule: { match: { code: 'ZONE_REJECT' }, classification: 'defect' }, event: odd('rules-test', 'SH-2') })
      .expect(200);
    expect(res.body).toMatchObject({ matches: true, classification: 'defect' });
    const miss = await t
      .api()
      .post('/v1/rules/test')
      .send({ rule: { match: { code: 'OTHER' }, classification: 'defect' }, event: odd('rules-test', 'SH-2') })
      .expect(200);
    expect(miss.body.matches).toBe(false);
    expect((await t.api().get('/v1/rules').expect(200)).body.items).toHaveLength(0);
  });

  it.each([
    [
      { match: { messageRegex: '([unclosed' }, classification: 'defect' },
      /^match\.messageRegex must be a valid regular expression/,
    ],
    [{ match: {}, classification: 'urgent' }, /^classification must be one of the following values/],
    [
      { match: { system: 'x' }, classification: 'defect', category: 'weird' },
      /^category must be one of the following values/,
    ],
    [{ classification: 'defect' }, /^match must be an object/],
  ])('rejects an invalid rule with a 400 naming the field (%#)', async (body, message) => {
    const res = await t.api().post('/v1/rules').send(body).expect(400);
    expect(res.body.message.some((line: string) => message.test(line))).toBe(true);
  });
});

describe('learning from corrections', () => {
  it('classifies a similar new failure the way the team reclassified earlier ones', async () => {
    for (const flow of ['learn-a', 'learn-b', 'learn-c']) {
      const issue = await postForIssue(t.api(), odd(flow, `${flow}-1`), { what: `issue of ${flow}` });
      await t
        .api()
        .post(`/v1/issues/${issue.id}/reclassify`)
        .send({ classification: 'process_change', category: 'setup_missing', note: 'ops enables zones' })
        .expect(200);
    }
    const res = await t.api().post('/v1/classify').send(odd('learn-new', 'SH-9')).expect(200);
    expect(res.body.classification).toBe('process_change');
    expect(res.body.reasons.some((reason: { signal: string }) => /learn/i.test(reason.signal))).toBe(true);
  });

  it('reports, per target system, whether the corrections made later settled issues right or wrong', async () => {
    const parcel = (integration: string, id: string) => ({
      ...odd(integration, id),
      target: { system: 'parcelhub', entity: 'consignment' },
    });
    // the team settles on a class the model alone does not give, four times
    const alone = await t.api().post('/v1/classify').send(parcel('audit-probe', 'P-0')).expect(200);
    const settledOn = (['defect', 'bad_source_data', 'process_change'] as const).find((c) => c !== alone.body.leaning);
    for (const flow of ['audit-a', 'audit-b', 'audit-c', 'audit-d']) {
      const issue = await postForIssue(t.api(), parcel(flow, `${flow}-1`), { what: `issue of ${flow}` });
      await t.api().post(`/v1/issues/${issue.id}/reclassify`).send({ classification: settledOn }).expect(200);
    }
    const res = await t.api().get('/v1/reports/learning').expect(200);
    expect(res.body.corrections).toBeGreaterThanOrEqual(4);
    expect(Date.parse(res.body.lastLearnedAt)).not.toBeNaN();
    const entry = res.body.systems.find((system: { system: string }) => system.system === 'parcelhub');
    // each answered before it was learned: by the model alone (wrong every time) and with what the ones
    // before it taught (the first has nothing to learn from; later ones are turned)
    expect(entry).toMatchObject({ settled: 4, modelRight: 0, hurt: 0 });
    expect(entry.helped).toBeGreaterThanOrEqual(1);
    expect(entry.helped).toBeLessThanOrEqual(3);
    expect(entry.learnedRight).toBe(entry.helped);
    expect(entry.verdict).toBe('no_clear_difference'); // three changed answers cannot rule out chance
    expect(entry.detail).toContain(`${entry.helped} to right, 0 to wrong`);
  });

  it('takes a mistaken reclassification out of what it learned when a person reclassifies the issue again', async () => {
    const issue = await postForIssue(t.api(), odd('learn-undo', 'U-1'), { what: 'issue' });
    await t.api().post(`/v1/issues/${issue.id}/reclassify`).send({ classification: 'process_change' }).expect(200);
    await t.api().post(`/v1/issues/${issue.id}/reclassify`).send({ classification: 'bad_source_data' }).expect(200);
    const [{ taught }]: Array<{ taught: Array<{ key?: string; label: string }> }> = await t.db.query(
      `SELECT model->'taught' AS taught FROM learned_model WHERE id = 1`,
    );
    // one correction for the issue, the later class: not two pulling against each other
    expect(taught.filter((example) => example.key === issue.id).map((example) => example.label)).toEqual([
      'bad_source_data',
    ]);
    // what a team reviews when the report says a system is misled: the issues people reclassified
    const listed = async (classifiedBy: string) =>
      (await t.api().get('/v1/issues').query({ integration: 'learn-undo', classifiedBy }).expect(200)).body.items;
    expect((await listed('human')).map((item: { id: string }) => item.id)).toEqual([issue.id]);
    expect(await listed('seam')).toEqual([]);
    const refused = await t.api().get('/v1/issues').query({ classifiedBy: 'person' }).expect(400);
    expect(refused.body.message[0]).toMatch(/^classifiedBy must be one of the following values: human, seam/);
    const report = (await t.api().get('/v1/reports/learning').expect(200)).body;
    const freightly = report.systems.find((system: { system: string }) => system.system === 'freightly');
    expect(freightly.settled).toBeGreaterThanOrEqual(2);
    // the report's own link to the reclassified issues of the system, which this issue is among
    expect(freightly.review).toBe('/v1/issues?classifiedBy=human&system=freightly');
    const reviewed = (await t.api().get(freightly.review).expect(200)).body.items;
    expect(reviewed.map((item: { id: string }) => item.id)).toContain(issue.id);
  });

  it('keeps a human class on the fingerprint and says so in the reasons', async () => {
    const issue = await postForIssue(t.api(), odd('learn-human', 'H-1'), { what: 'issue' });
    await t
      .api()
      .post(`/v1/issues/${issue.id}/reclassify`)
      .send({ classification: 'defect', note: 'our mapping sends the wrong zone' })
      .expect(200);
    const res = await t.api().post('/v1/classify').send(odd('learn-human', 'H-2')).expect(200);
    expect(res.body.classification).toBe('defect');
  });
});

describe('the model over HTTP', () => {
  it('unwraps a wrapped error, calibrates its confidence and names its evidence', async () => {
    const wrapped = syncEvent({
      integration: 'mule-netsuite-invoices',
      target: { system: 'netsuite', entity: 'invoice' },
      error: {
        message: `HTTP POST on resource 'https://erp.example.com/services/rest/record/v1/invoice' failed: bad request (400). {"o:errorDetails":[{"detail":"The accounting period is closed.","o:errorCode":"USER_ERROR"}]}`,
      },
    });
    const res = await t.api().post('/v1/classify').send(wrapped).expect(200);
    expect(res.body.classification).toBe('process_change');
    expect(res.body.confidence).toBeGreaterThan(0.55);
    expect(res.body.confidence).toBeLessThan(1);
    expect(res.body.reasons.map((r: { signal: string }) => r.signal)).toContain('unwrapped');
    expect(res.body.reasons.some((r: { detail: string }) => /matched "[^"]*period[^"]*"/i.test(r.detail))).toBe(true);
  });

  it('says, for a message that cannot decide, its leaning, the two candidates and what would decide', async () => {
    const res = await t
      .api()
      .post('/v1/classify')
      .send(
        syncEvent({
          integration: 'shop-acme-erp',
          target: { system: 'acme-erp', entity: 'order' },
          error: { message: 'Customer is required' },
        }),
      )
      .expect(200);
    expect(res.body.candidates).toHaveLength(2);
    expect(res.body.candidates[0]).toBe(res.body.leaning);
    expect(res.body.confidence).toBeLessThan(0.8);
    expect(res.body.reasons[0].detail).toMatch(/could be .+: if other orders sync this field/);
  });
});

describe('releases the events carry', () => {
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const failing = (integration: string, release: string, at: string) =>
    syncEvent({
      integration,
      occurredAt: at,
      release,
      target: { system: 'netsuite', entity: 'itemFulfillment' },
      error: { message: 'You have entered an Invalid Field Value 17 for the following field: location' },
    });
  const timingOf = async (event: Record<string, unknown>) => {
    const res = await t.api().post('/v1/classify').send(event).expect(200);
    return (res.body.reasons as Array<{ signal: string; detail: string }>).find((r) => r.signal === 'release_timing')
      ?.detail;
  };

  it('reads a new release off the events when no deploy marker names it, and only against what ran before it', async () => {
    const events = [
      ...[90, 80, 70].map((m) => succeeded({ integration: 'rel-seen', occurredAt: minutesAgo(m), release: '1.0.0' })),
      failing('rel-seen', '1.1.0', minutesAgo(5)),
      // an integration whose first events already carry the release: nothing ran before it to compare with
      failing('rel-first', '2.0.0', minutesAgo(5)),
    ];
    await t.api().post('/v1/events').send({ events }).expect(202);
    // the failures' issue dates their first sighting: waited for, so the timing does not depend on whether the
    // worker got to them before the dry run
    await issueOf(t.api(), 'rel-seen');
    await issueOf(t.api(), 'rel-first');

    expect(await timingOf(failing('rel-seen', '1.1.0', minutesAgo(0)))).toMatch(
      /^first seen as release 1\.1\.0 of rel-seen reached its events \(after 1\.0\.0; read off the events' release: no deploy marker was posted\)/,
    );
    expect(await timingOf(failing('rel-first', '2.0.0', minutesAgo(0)))).toBeUndefined();
  });

  it('takes the deploy marker of the same version over what the events show', async () => {
    const events = [
      succeeded({ integration: 'rel-marked', occurredAt: minutesAgo(90), release: '3.0.0' }),
      failing('rel-marked', '3.1.0', minutesAgo(5)),
    ];
    await t.api().post('/v1/events').send({ events }).expect(202);
    await t
      .api()
      .post('/v1/releases')
      .send({ integration: 'rel-marked', version: '3.1.0', deployedAt: minutesAgo(30) })
      .expect(201);
    await issueOf(t.api(), 'rel-marked');

    // the events alone would date the release to the first failure ("first seen as … reached its events")
    expect(await timingOf(failing('rel-marked', '3.1.0', minutesAgo(0)))).toMatch(
      /^first seen 25 min after release 3\.1\.0 of rel-marked; /,
    );
  });
});
