import type request from 'supertest';
import { parse } from 'yaml';
import { ConfigStore } from '../../src/ownership/config.store';
import type { startHttpReceiver } from './receivers';
import type { TestApp } from './test-app';

type Agent = ReturnType<typeof request.agent>;
type Receiver = Pick<Awaited<ReturnType<typeof startHttpReceiver>>, 'url'>;

interface StatedChannel {
  id?: string;
  verifiedAt?: string;
}
interface StatedTeam {
  members?: Array<{ channels?: StatedChannel[] }>;
  channels?: StatedChannel[];
}

/**
 * An import ignores the `verifiedAt` a seam.yaml states (only a code sent through a channel verifies it), so
 * a test that needs contacts verified some time ago marks them as the code flow would, after the import.
 */
export async function markStatedVerifications(t: TestApp, seamYaml: string): Promise<void> {
  const teams = ((parse(seamYaml) as { teams?: StatedTeam[] } | null)?.teams ?? []) as StatedTeam[];
  const stated = teams.flatMap((team) => [
    ...(team.members ?? []).flatMap((m) => m.channels ?? []),
    ...(team.channels ?? []),
  ]);
  for (const channel of stated) {
    if (channel.id && channel.verifiedAt)
      await t.app.get(ConfigStore).markVerified(channel.id, new Date(channel.verifiedAt));
  }
}

/** PUT /v1/config with seam.yaml text, as the console's import sends it; the caller expects the status. */
export const putSeamYaml = (agent: Agent, yaml: string) =>
  agent.put('/v1/config').set('content-type', 'application/yaml').send(yaml);

/** PUT /v1/config with a seam.yaml, then the verifications it states (see above). */
export async function importSeamYaml(t: TestApp, seamYaml: string) {
  const res = await putSeamYaml(t.api(), seamYaml).expect(200);
  await markStatedVerifications(t, seamYaml);
  return res;
}

/**
 * An entry of seam.yaml's `teams:` list: engineering keeps Melbourne business hours, Dee by day and Nia Night
 * after hours, each on a webhook of the receiver (/dee and /night).
 */
export const melbourneEngineeringYaml = (receiver: Receiver) => `  - slug: engineering
    name: Engineering
    lead: dee
    businessHours: { timeZone: Australia/Melbourne, days: [1, 2, 3, 4, 5], start: "08:30", end: "17:30" }
    afterHours: { members: [night] }
    members:
      - { id: dee, name: Dee Day, channels: [{ id: dee-hook, kind: webhook, target: "${receiver.url('/dee')}" }] }
      - { id: night, name: Nia Night, channels: [{ id: night-hook, kind: webhook, target: "${receiver.url('/night')}" }] }`;
