import type request from 'supertest';
import { waitFor } from './wait-for';

type Agent = ReturnType<typeof request.agent>;

interface Wait {
  what?: string;
  timeoutMs?: number;
}

/** The first issue GET /v1/issues lists for the integration, once there is one. */
export function issueOf<T = any>(agent: Agent, integration: string, { what, timeoutMs }: Wait = {}): Promise<T> {
  return waitFor(async () => (await agent.get('/v1/issues').query({ integration })).body.items?.[0] as T | undefined, {
    what: what ?? `an issue of ${integration}`,
    timeoutMs,
  });
}

/** Posts one event (answered 202) and waits for the first issue of its integration. */
export async function postForIssue<T = any>(agent: Agent, event: Record<string, unknown>, wait: Wait = {}): Promise<T> {
  await agent.post('/v1/events').send(event).expect(202);
  return issueOf<T>(agent, String(event.integration), wait);
}
