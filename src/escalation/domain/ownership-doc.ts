import { CLASSIFICATIONS, type Classification } from '../../classification/domain/classification.types';
import type { SeamConfig, Team } from './escalation.types';

/** The one-page ownership document as data; Markdown and HTML are two renderings of it. */
interface Section {
  title: string;
  intro?: string;
  header: string[];
  rows: string[][];
}

const CLASS_NAMES: Record<Classification, string> = {
  defect: 'Defect',
  bad_source_data: 'Bad source data',
  process_change: 'Process change',
  needs_triage: 'Needs triage',
};

const isCatchAll = (rule: SeamConfig['routing'][number]) => !rule.classification && !rule.category && !rule.system && !rule.entity && !rule.integration;

function teamName(config: SeamConfig, slug: string): string {
  return config.teams.find((t) => t.slug === slug)?.name ?? slug;
}

function names(team: Team | undefined, config: SeamConfig, ids: readonly string[] | undefined): string {
  if (!ids?.length) return '—';
  return ids
    .map((id) => {
      if (id === 'lead') return team?.lead ? `${memberName(config, team.lead)} (lead)` : 'the lead';
      if (id.startsWith('team:')) return `${teamName(config, id.slice(5))} (first response)`;
      if (id.startsWith('channel:')) return `channel ${id.slice(8)}`;
      return memberName(config, id);
    })
    .join(', ');
}

function memberName(config: SeamConfig, id: string): string {
  return config.teams.flatMap((t) => t.members).find((m) => m.id === id)?.name ?? `${id} (unknown)`;
}

function sections(config: SeamConfig, now: Date): Section[] {
  const ordered = [...config.routing].sort((a, b) => a.priority - b.priority);
  const catchAll = ordered.find(isCatchAll);
  const owners: Section = {
    title: 'Who owns each class of problem',
    header: ['class', 'owner team', 'more specific routes'],
    rows: CLASSIFICATIONS.map((cls) => {
      const general = ordered.find((r) => r.classification === cls && !r.category && !r.system && !r.entity && !r.integration);
      const owner = general?.team ?? catchAll?.team ?? 'support';
      const specific = ordered
        .filter((r) => r.classification === cls && r !== general)
        .map((r) => `${[r.category, r.system, r.entity, r.integration].filter(Boolean).join(' / ')} → ${teamName(config, r.team)}`);
      return [CLASS_NAMES[cls], teamName(config, owner), specific.join('; ') || '—'];
    }),
  };
  const other = ordered.filter((r) => !r.classification && !isCatchAll(r));
  if (other.length) owners.intro = `Routes for any class: ${other.map((r) => `${[r.category, r.system, r.entity, r.integration].filter(Boolean).join(' / ')} → ${teamName(config, r.team)}`).join('; ')}.`;

  const teams: Section = {
    title: 'Teams',
    header: ['team', 'first response', 'decides escalation', 'talks to users', 'workaround', 'business hours', 'after hours'],
    rows: config.teams.map((team) => {
      const hours = team.businessHours ? `${team.businessHours.start}–${team.businessHours.end} ${dayList(team.businessHours.days)} (${team.businessHours.timeZone})` : 'around the clock';
      const cover = team.afterHours?.members?.length ? names(team, config, team.afterHours.members) : team.afterHours?.team ? teamName(config, team.afterHours.team) : team.businessHours ? 'nobody named' : '—';
      return [
        team.name,
        names(team, config, team.roles?.firstResponse ?? (team.lead ? [team.lead] : undefined)),
        names(team, config, team.roles?.decidesEscalation ?? (team.lead ? [team.lead] : undefined)),
        names(team, config, team.roles?.talksToUsers),
        names(team, config, team.roles?.workaround),
        hours,
        cover,
      ];
    }),
  };

  const escalation: Section = {
    title: 'Escalation',
    header: ['team', 'level', 'after', 'in hours', 'after hours', 'urgency'],
    rows: config.policies.flatMap((policy) => {
      const team = config.teams.find((t) => t.slug === policy.team);
      const urgency = CLASSIFICATIONS.map((cls) => `${CLASS_NAMES[cls]}: ${(policy.urgency[cls] ?? (cls === 'defect' ? 'page' : 'business_hours')).replace('_', ' ')}`).join(', ');
      return policy.levels.map((level, index) => [
        teamName(config, policy.team),
        String(index + 1),
        `${level.afterMinutes} min`,
        names(team, config, level.notify),
        level.afterHours?.length ? names(team, config, level.afterHours) : 'team cover',
        index === 0 ? urgency : '',
      ]);
    }),
  };

  const result = [owners, teams, escalation];
  const known = config.knownIssues.filter((k) => new Date(k.expiresAt) > now);
  if (known.length) result.push({ title: 'Known issues in force', header: ['id', 'title', 'until', 'support script'], rows: known.map((k) => [k.id, k.title, k.expiresAt.slice(0, 10), k.supportScript ?? '—']) });
  const hypercare = config.hypercare.filter((h) => new Date(h.from) <= now && now < new Date(h.until));
  if (hypercare.length) {
    result.push({ title: 'Hypercare', header: ['integration', 'until', 'engineering copied'], rows: hypercare.map((h) => [h.integration, h.until.slice(0, 10), teamName(config, h.engineeringTeam ?? 'engineering')]) });
  }
  return result;
}

function dayList(days: readonly number[]): string {
  const labels = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return [...days].sort().map((d) => labels[d - 1]).join(' ');
}

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderOwnershipMarkdown(config: SeamConfig, now: Date): string {
  const lines = ['# Ownership', '', `Generated ${now.toISOString()} from the configuration in force.`, ''];
  for (const section of sections(config, now)) {
    lines.push(`## ${section.title}`, '');
    if (section.intro) lines.push(section.intro, '');
    lines.push(`| ${section.header.join(' | ')} |`, `|${section.header.map(() => '---').join('|')}|`);
    for (const row of section.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderOwnershipHtml(config: SeamConfig, now: Date): string {
  const body = sections(config, now)
    .map(
      (section) =>
        `<h2>${escape(section.title)}</h2>${section.intro ? `<p>${escape(section.intro)}</p>` : ''}<table><thead><tr>${section.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${section.rows
          .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ownership</title><style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}</style></head><body><h1>Ownership</h1><p>Generated ${escape(now.toISOString())} from the configuration in force.</p>\n${body}\n</body></html>`;
}
