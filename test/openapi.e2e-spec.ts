import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRILL_SCENARIOS } from '../src/drills/drills.service';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from './support/test-app';

/** The OpenAPI document at /docs-json: what a client generator and the Authorize button of /docs work from. */

type Operation = {
  security?: Array<Record<string, string[]>>;
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
  requestBody?: { content: Record<string, { schema?: object }> };
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, { enum?: unknown[] }>; required?: string[] }>;
    securitySchemes: Record<string, Record<string, string>>;
  };
};

let t: TestApp;
let doc: Document;
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );

beforeAll(async () => {
  t = await startTestApp();
  // no key: the page and its document are public, so the Authorize button is reachable
  doc = (await t.as().get('/docs-json').expect(200)).body;
});
afterAll(async () => t?.close());

describe('OpenAPI', () => {
  it('the page and the document need no key', async () => {
    await t.as().get('/docs').expect(200);
    await t.as().get('/docs-yaml').expect(200);
  });

  it('declares a bearer scheme and the console cookie, on every operation but the public ones', () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.consoleSession).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'seam_session',
    });
    const unsecured = operations().filter(
      ({ operation }) => !operation.security?.some((requirement) => 'bearer' in requirement),
    );
    expect(unsecured.map(({ key }) => key)).toEqual(['GET /health']);
    expect(doc.paths['/health'].get.security).toEqual([]);
    expect(operations().length).toBeGreaterThan(30);
  });

  it('the Authorize button works: the bearer scheme is how the API takes a key', async () => {
    await t.as().get('/v1/issues').expect(401);
    await t.as().get('/v1/issues').set('authorization', `Bearer ${TEST_ADMIN_KEY}`).expect(200);
  });

  it('every operation has a response schema (a 204 says it has no body)', () => {
    const without = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        const described = success.some(([, response]) =>
          Object.values(response.content ?? {}).some((media) => media.schema),
        );
        return !described && !success.every(([status]) => status === '204');
      })
      .map(({ key }) => key);
    expect(without).toEqual([]);
  });

  it('request bodies come from the DTO classes, their validation rules included, and every reference resolves', () => {
    const text = JSON.stringify(doc);
    const references = [...text.matchAll(/"#\/components\/schemas\/([^"]*)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(50);
    expect(references.filter((name) => !doc.components.schemas[name])).toEqual([]);
    const bodies = operations().filter(({ operation }) => operation.requestBody);
    expect(
      bodies
        .filter(({ operation }) => Object.values(operation.requestBody!.content).some((media) => !media.schema))
        .map(({ key }) => key),
    ).toEqual([]);
    // the drill's scenarios as StartDrillDto validates them, and what it requires
    expect(doc.components.schemas.StartDrillDto.properties?.scenario.enum).toEqual([...DRILL_SCENARIOS]);
    expect(doc.components.schemas.StartDrillDto.required).toEqual(['scenario']);
    expect(doc.components.schemas.CreateKeyDto.required).toEqual(['name', 'role']);
  });

  it('PUT /v1/config takes seam.yaml as YAML or JSON, PUT /v1/teams/{team} one team', () => {
    const config = doc.paths['/v1/config'].put.requestBody!.content;
    expect(Object.keys(config).sort()).toEqual(['application/json', 'application/yaml']);
    expect(JSON.stringify(config['application/yaml'].schema)).toContain('#/components/schemas/SeamConfigDto');
    expect(doc.components.schemas.SeamConfigDto.properties).toHaveProperty('teams');
    expect(doc.paths['/v1/teams/{team}'].put.requestBody!.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/TeamDto',
    });
    expect(doc.components.schemas.TeamDto.required).toEqual(expect.arrayContaining(['slug', 'name']));
    expect(doc.paths['/v1/config'].put.responses['200'].content!['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ConfigAppliedDto',
    });
  });
});
