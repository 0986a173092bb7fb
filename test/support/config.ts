import { parse } from 'yaml';
import { ConfigStore } from '../../src/ownership/config.store';
import type { TestApp } from './test-app';

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

/** PUT /v1/config with a seam.yaml, then the verifications it states (see above). */
export async function importSeamYaml(t: TestApp, seamYaml: string) {
  const res = await t.api().put('/v1/config').set('content-type', 'application/yaml').send(seamYaml).expect(200);
  await markStatedVerifications(t, seamYaml);
  return res;
}
