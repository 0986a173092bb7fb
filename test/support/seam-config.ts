import type { ContactChannel, SeamConfig, Team } from '../../src/core/seam-config.types';

/** Every section empty and the default noise settings: a spec spreads it and sets what it is about. */
export const emptySeamConfig = (): SeamConfig => ({
  teams: [],
  routing: [],
  policies: [],
  calendar: [],
  knownIssues: [],
  noise: { thresholds: {}, transientGraceMinutes: 10 },
  hypercare: [],
});

/** Team ops with one member, Ana: her channels, and the team's own. */
export const opsTeam = (anaChannels: ContactChannel[], teamChannels: ContactChannel[] = []): Team => ({
  slug: 'ops',
  name: 'Ops',
  members: [{ id: 'ana', name: 'Ana', channels: anaChannels }],
  channels: teamChannels,
});
