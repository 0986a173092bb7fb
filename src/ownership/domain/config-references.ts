import type { SeamConfig } from '../../escalation/domain/escalation.types';

/** Queue names the service itself uses: a team slug names its queue, so these cannot be slugs. */
export const RESERVED_SLUGS: readonly string[] = ['classify', 'maintenance', 'escalation', 'notify'];

/**
 * What makes a config unusable as a whole: names that point nowhere the database could hold.
 * References that merely rot (a level naming an away or unknown member) are the escalation audit's
 * business, so a config can be imported to fix them.
 */
export function referenceErrors(config: SeamConfig): string[] {
  const errors: string[] = [];
  const slugs = new Set<string>();
  const channelIds = new Set<string>();
  config.teams.forEach((team, t) => {
    if (slugs.has(team.slug)) errors.push(`teams.${t}.slug ${team.slug} is used by another team`);
    if (RESERVED_SLUGS.includes(team.slug)) errors.push(`teams.${t}.slug ${team.slug} is reserved for the service's own queues`);
    slugs.add(team.slug);
    const members = new Set<string>();
    team.members.forEach((member, m) => {
      if (members.has(member.id)) errors.push(`teams.${t}.members.${m}.id ${member.id} is used by another member of ${team.slug}`);
      members.add(member.id);
      member.channels.forEach((channel, c) => {
        if (channelIds.has(channel.id)) errors.push(`teams.${t}.members.${m}.channels.${c}.id ${channel.id} is used by another channel`);
        channelIds.add(channel.id);
      });
    });
    (team.channels ?? []).forEach((channel, c) => {
      if (channelIds.has(channel.id)) errors.push(`teams.${t}.channels.${c}.id ${channel.id} is used by another channel`);
      channelIds.add(channel.id);
    });
    if (team.lead && !members.has(team.lead)) errors.push(`teams.${t}.lead ${team.lead} is not a member of ${team.slug}`);
    if (team.businessHours && team.businessHours.start >= team.businessHours.end) errors.push(`teams.${t}.businessHours.end must be after start`);
  });
  config.teams.forEach((team, t) => {
    if (team.afterHours?.team && !slugs.has(team.afterHours.team)) errors.push(`teams.${t}.afterHours.team ${team.afterHours.team} names no team`);
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
      if (policy.levels[l].afterMinutes < policy.levels[l - 1].afterMinutes) errors.push(`policies.${p}.levels.${l}.afterMinutes must not be before the previous level's`);
    }
  });
  config.hypercare.forEach((window, h) => {
    if (window.engineeringTeam && !slugs.has(window.engineeringTeam)) errors.push(`hypercare.${h}.engineeringTeam ${window.engineeringTeam} names no team`);
    if (window.firstResponderTeam && !slugs.has(window.firstResponderTeam)) errors.push(`hypercare.${h}.firstResponderTeam ${window.firstResponderTeam} names no team`);
    if (window.until <= window.from) errors.push(`hypercare.${h}.until must be after from`);
  });
  if (!config.routing.some((route) => !route.classification && !route.category && !route.system && !route.entity && !route.integration)) {
    errors.push('routing needs a catch-all rule (one with only priority and team)');
  }
  return errors;
}
