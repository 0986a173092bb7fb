import { ONCALL_PREFIX, type SeamConfig } from '../../core/seam-config.types';
import { RESERVED_QUEUE_NAMES } from '../../platform/queue/queue-catalogue';

/** Queue names the service itself uses: a team slug names its queue, so these cannot be slugs. */
export const RESERVED_SLUGS: readonly string[] = RESERVED_QUEUE_NAMES;

/**
 * What makes a config unusable as a whole: names that point nowhere. A member reference that names
 * nobody (a typo, someone who left) is refused here, naming its path, because an escalation level or
 * cover that resolves to nobody fails silently at 3 a.m. What merely rots later (someone goes away, a
 * channel stops answering) is the escalation audit's business.
 */
export function referenceErrors(config: SeamConfig): string[] {
  const errors: string[] = [];
  errors.push(...memberReferenceErrors(config));
  const slugs = new Set<string>();
  const channelIds = new Set<string>();
  config.teams.forEach((team, t) => {
    if (slugs.has(team.slug)) errors.push(`teams.${t}.slug ${team.slug} is used by another team`);
    if (RESERVED_SLUGS.includes(team.slug))
      errors.push(`teams.${t}.slug ${team.slug} is reserved for the service's own queues`);
    slugs.add(team.slug);
    const members = new Set<string>();
    team.members.forEach((member, m) => {
      if (members.has(member.id))
        errors.push(`teams.${t}.members.${m}.id ${member.id} is used by another member of ${team.slug}`);
      members.add(member.id);
      member.channels.forEach((channel, c) => {
        if (channelIds.has(channel.id))
          errors.push(`teams.${t}.members.${m}.channels.${c}.id ${channel.id} is used by another channel`);
        channelIds.add(channel.id);
      });
    });
    (team.channels ?? []).forEach((channel, c) => {
      if (channelIds.has(channel.id))
        errors.push(`teams.${t}.channels.${c}.id ${channel.id} is used by another channel`);
      channelIds.add(channel.id);
    });
    if (team.lead && !members.has(team.lead))
      errors.push(`teams.${t}.lead ${team.lead} is not a member of ${team.slug}`);
    if (team.businessHours && team.businessHours.start >= team.businessHours.end)
      errors.push(`teams.${t}.businessHours.end must be after start`);
  });
  config.teams.forEach((team, t) => {
    if (team.afterHours?.team && !slugs.has(team.afterHours.team))
      errors.push(`teams.${t}.afterHours.team ${team.afterHours.team} names no team`);
  });
  config.routing.forEach((route, r) => {
    if (!slugs.has(route.team)) errors.push(`routing.${r}.team ${route.team} names no team`);
  });
  const policyTeams = new Set<string>();
  config.policies.forEach((policy, p) => {
    if (!slugs.has(policy.team)) errors.push(`policies.${p}.team ${policy.team} names no team`);
    if (policyTeams.has(policy.team)) errors.push(`policies.${p}.team ${policy.team} already has a policy`);
    policyTeams.add(policy.team);
    for (let l = 1; l < policy.levels.length; l++) {
      if (policy.levels[l].afterMinutes < policy.levels[l - 1].afterMinutes)
        errors.push(`policies.${p}.levels.${l}.afterMinutes must not be before the previous level's`);
    }
  });
  config.hypercare.forEach((window, h) => {
    if (window.engineeringTeam && !slugs.has(window.engineeringTeam))
      errors.push(`hypercare.${h}.engineeringTeam ${window.engineeringTeam} names no team`);
    if (window.firstResponderTeam && !slugs.has(window.firstResponderTeam))
      errors.push(`hypercare.${h}.firstResponderTeam ${window.firstResponderTeam} names no team`);
    if (window.until <= window.from) errors.push(`hypercare.${h}.until must be after from`);
  });
  if (
    !config.routing.some(
      (route) => !route.classification && !route.category && !route.system && !route.entity && !route.integration,
    )
  ) {
    errors.push('routing needs a catch-all rule (one with only priority and team)');
  }
  return errors;
}

const ROLE_NAMES = ['firstResponse', 'decidesEscalation', 'talksToUsers', 'workaround'] as const;

/**
 * Every place seam.yaml names a member, resolved the way the planner resolves it: a bare id in a level
 * or an after-hours cover is a member of the team, else of another team; a role names the team's own.
 * Paths name teams and policies by slug, as people read the file: `teams.engineering.afterHours.members[0]`.
 */
export function memberReferenceErrors(config: SeamConfig): string[] {
  const errors: string[] = [];
  const anyMember = new Set(config.teams.flatMap((t) => t.members.map((m) => m.id)));
  const teamSlugs = new Set(config.teams.map((t) => t.slug));
  const teamChannels = new Set(config.teams.flatMap((t) => (t.channels ?? []).map((c) => c.id)));
  for (const team of config.teams) {
    const own = new Set(team.members.map((m) => m.id));
    const rotations = new Set<string>();
    (team.schedule?.rotations ?? []).forEach((rotation, r) => {
      const at = `teams.${team.slug}.schedule.rotations[${r}]`;
      if (rotations.has(rotation.id))
        errors.push(`${at}.id: another rotation of ${team.slug} is called "${rotation.id}"`);
      rotations.add(rotation.id);
      if (rotation.members.length === 0) errors.push(`${at}.members: names nobody, so nobody would be on call`);
      rotation.members.forEach((id, i) => {
        if (!own.has(id)) errors.push(`${at}.members[${i}]: no member "${id}" in ${team.slug}`);
      });
      if (Number.isNaN(Date.parse(`${rotation.start}T00:00:00Z`)))
        errors.push(`${at}.start: ${rotation.start} is not a date`);
    });
    (team.schedule?.overrides ?? []).forEach((override, o) => {
      const at = `teams.${team.slug}.schedule.overrides[${o}]`;
      if (!rotations.has(override.rotation))
        errors.push(`${at}.rotation: no rotation "${override.rotation}" in ${team.slug}`);
      if (!own.has(override.member)) errors.push(`${at}.member: no member "${override.member}" in ${team.slug}`);
      if (Date.parse(override.until) <= Date.parse(override.from)) errors.push(`${at}.until: must be after from`);
    });
    (team.afterHours?.members ?? []).forEach((id, i) => {
      if (id.startsWith(ONCALL_PREFIX)) {
        if (!rotations.has(id.slice(ONCALL_PREFIX.length)))
          errors.push(
            `teams.${team.slug}.afterHours.members[${i}]: no rotation "${id.slice(ONCALL_PREFIX.length)}" in ${team.slug}`,
          );
      } else if (!own.has(id) && !anyMember.has(id))
        errors.push(`teams.${team.slug}.afterHours.members[${i}]: no member "${id}"`);
    });
    for (const role of ROLE_NAMES) {
      (team.roles?.[role] ?? []).forEach((id, i) => {
        if (!own.has(id)) errors.push(`teams.${team.slug}.roles.${role}[${i}]: no member "${id}" in ${team.slug}`);
      });
    }
  }
  for (const policy of config.policies) {
    const team = config.teams.find((t) => t.slug === policy.team);
    if (!team) continue; // "names no team" is reported on its own
    if (policy.levels.length === 0)
      errors.push(`policies.${policy.team}.levels: a policy needs at least one level, or nobody is ever told`);
    policy.levels.forEach((level, l) => {
      if (level.notify.length === 0)
        errors.push(
          `policies.${policy.team}.levels[${l}].notify: names nobody (name members, "lead", "team:<slug>" or "channel:<id>")`,
        );
      for (const list of ['notify', 'afterHours'] as const) {
        (level[list] ?? []).forEach((reference, i) => {
          const problem = referenceProblem(reference, team, anyMember, teamSlugs, teamChannels);
          if (problem) errors.push(`policies.${policy.team}.levels[${l}].${list}[${i}]: ${problem}`);
        });
      }
    });
  }
  return errors;
}

function referenceProblem(
  reference: string,
  team: SeamConfig['teams'][number],
  anyMember: Set<string>,
  slugs: Set<string>,
  channels: Set<string>,
): string | undefined {
  if (reference === 'lead') return team.lead ? undefined : `"lead" but ${team.slug} names no lead`;
  if (reference.startsWith('team:'))
    return slugs.has(reference.slice(5)) ? undefined : `no team "${reference.slice(5)}"`;
  if (reference.startsWith('channel:'))
    return channels.has(reference.slice(8)) ? undefined : `no team channel "${reference.slice(8)}"`;
  if (reference.startsWith(ONCALL_PREFIX)) {
    const id = reference.slice(ONCALL_PREFIX.length);
    return team.schedule?.rotations.some((r) => r.id === id) ? undefined : `no rotation "${id}" in ${team.slug}`;
  }
  if (team.members.some((m) => m.id === reference) || anyMember.has(reference)) return undefined;
  return `no member "${reference}"`;
}
