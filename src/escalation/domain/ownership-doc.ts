import { CLASSIFICATIONS, type Classification } from '../../core/classification.types';
import { FALLBACK_TEAM, orderRules } from '../../routing/domain/route';
import { afterHoursCover, firstResponders, urgencyFor, type ResolvedMember } from './escalation-plan';
import {
  ONCALL_PREFIX,
  type EscalationPolicy,
  type KnownIssue,
  type SeamConfig,
  type Team,
} from '../../core/seam-config.types';
import { auditPaths } from './path-audit';
import { isAway } from '../../ownership/domain/away-periods';
import { onCallNowAndNext, type OnCallTurn } from './schedule';
import { reachability, type ReachedLevel } from './reachability';

/** The one-page ownership document as data; Markdown and HTML are two renderings of it. */
interface Section {
  title: string;
  intro?: string;
  header: string[];
  rows: string[][];
  /** said instead of an empty table */
  empty: string;
}

type Rule = SeamConfig['routing'][number];

const CLASS_NAMES: Record<Classification, string> = {
  defect: 'Defect',
  bad_source_data: 'Bad source data',
  process_change: 'Process change',
  needs_triage: 'Needs triage',
};
const URGENCY_NAMES = {
  page: 'pages at once',
  business_hours: 'waits for business hours',
  digest: 'daily digest',
} as const;
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const conditionsOf = (rule: Rule): string[] =>
  [
    rule.category && `category ${rule.category}`,
    rule.system && `system ${rule.system}`,
    rule.entity && `entity ${rule.entity}`,
    rule.integration && `integration ${rule.integration}`,
  ].filter((c): c is string => !!c);

function teamName(config: SeamConfig, slug: string): string {
  return config.teams.find((t) => t.slug === slug)?.name ?? slug;
}

function memberLabel(resolved: ResolvedMember): string {
  if (!resolved.member) return `${resolved.id} (unknown)`;
  return resolved.member.away ? `${resolved.member.name} (away)` : resolved.member.name;
}

const list = (members: readonly ResolvedMember[]): string =>
  members.length ? members.map(memberLabel).join(', ') : '—';

/** A bare id is looked up in the team first, as the planner does: ids are unique per team only. */
function memberById(config: SeamConfig, team: Team | undefined, id: string): ResolvedMember {
  const member =
    team?.members.find((m) => m.id === id) ?? config.teams.flatMap((t) => t.members).find((m) => m.id === id);
  return { id, member };
}

function memberIds(config: SeamConfig, team: Team | undefined, ids: readonly string[] | undefined): string {
  return list((ids ?? []).map((id) => memberById(config, team, id)));
}

/** A level's recipients as a reader knows them: "lead" and "team:" keep their meaning, with the people behind them. */
function references(config: SeamConfig, team: Team | undefined, refs: readonly string[]): string {
  if (!refs.length) return '—';
  return refs
    .map((ref) => {
      if (ref === 'lead')
        return team?.lead ? `${memberLabel(memberById(config, team, team.lead))} (lead)` : 'the lead (none named)';
      if (ref.startsWith('team:')) {
        const other = config.teams.find((t) => t.slug === ref.slice('team:'.length));
        return other ? `${other.name} first response (${list(firstResponders(other))})` : `${ref} (unknown team)`;
      }
      if (ref.startsWith(ONCALL_PREFIX)) return `on call in ${ref.slice(ONCALL_PREFIX.length)}`;
      if (ref.startsWith('channel:')) {
        const id = ref.slice('channel:'.length);
        const channel = team?.channels?.find((c) => c.id === id);
        return channel ? `${channel.kind} channel ${id}` : `channel ${id} (unknown)`;
      }
      return memberLabel(memberById(config, team, ref));
    })
    .join(', ');
}

function delay(minutes: number): string {
  if (minutes === 0) return 'at once';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours && `${hours} h`, rest && `${rest} min`].filter(Boolean).join(' ');
}

function hoursOf(team: Team): string {
  const hours = team.businessHours;
  if (!hours) return 'around the clock';
  const days = [...hours.days]
    .sort((a, b) => a - b)
    .map((d) => DAY_NAMES[d - 1])
    .join(' ');
  return `${hours.start}–${hours.end} ${days} (${hours.timeZone})${team.region ? `, ${team.region} holidays off` : ''}`;
}

function coverOf(config: SeamConfig, team: Team, now: Date): string {
  if (!team.businessHours) return 'not needed (around the clock)';
  const cover = afterHoursCover(team, config.teams, now);
  if (!cover.length) return 'nobody named';
  return team.afterHours?.members?.length
    ? list(cover)
    : `${teamName(config, team.afterHours!.team!)} (${list(cover)})`;
}

/**
 * Who owns a class, the way the router decides it: the first rule, in routing order, that takes every
 * issue of the class. Rules before it take part of the class; class rules after it are never reached.
 */
function ownersSection(config: SeamConfig): Section {
  const ordered = orderRules(config.routing.map((rule) => ({ ...rule, ownerTeam: rule.team })));
  const rows = CLASSIFICATIONS.map((cls) => {
    const applicable = ordered.filter((rule) => !rule.classification || rule.classification === cls);
    const ownerAt = applicable.findIndex((rule) => conditionsOf(rule).length === 0);
    const owner = ownerAt >= 0 ? applicable[ownerAt].team : FALLBACK_TEAM;
    const before = ownerAt >= 0 ? applicable.slice(0, ownerAt) : applicable;
    const after = ownerAt >= 0 ? applicable.slice(ownerAt + 1).filter((rule) => rule.classification === cls) : [];
    const routes = [
      ...before.map((rule) => `${conditionsOf(rule).join(', ')} → ${teamName(config, rule.team)}`),
      ...after.map(
        (rule) =>
          `${conditionsOf(rule).join(', ') || 'the whole class'} → ${teamName(config, rule.team)} (never reached)`,
      ),
    ];
    return [CLASS_NAMES[cls], teamName(config, owner), routes.join('; ') || '—'];
  });
  const intro = !config.routing.length
    ? `No routing rules: ${teamName(config, FALLBACK_TEAM)} owns every class.`
    : !config.routing.some((rule) => conditionsOf(rule).length === 0 && !rule.classification)
      ? `No catch-all rule: whatever no rule takes goes to ${teamName(config, FALLBACK_TEAM)}.`
      : undefined;
  return {
    title: 'Who owns each class of problem',
    intro,
    header: ['class', 'owner team', 'more specific routes'],
    rows,
    empty: '',
  };
}

function teamsSection(config: SeamConfig, now: Date): Section {
  return {
    title: 'Teams',
    header: [
      'team',
      'first response',
      'decides escalation',
      'talks to users',
      'workaround',
      'business hours',
      'after hours',
    ],
    rows: config.teams.map((team) => [
      team.name,
      list(firstResponders(team)),
      memberIds(config, team, team.roles?.decidesEscalation ?? (team.lead ? [team.lead] : undefined)),
      memberIds(config, team, team.roles?.talksToUsers),
      memberIds(config, team, team.roles?.workaround),
      hoursOf(team),
      coverOf(config, team, now),
    ]),
    empty: 'No teams are configured.',
  };
}

function escalationSection(config: SeamConfig, now: Date): Section {
  return {
    title: 'Escalation',
    intro:
      'Each level fires its delay after the first notification unless someone acknowledges; away members are skipped, and a level left with nobody goes to the lead.',
    header: ['team', 'level', 'after', 'in business hours', 'after hours'],
    rows: config.teams.flatMap((team) => {
      const policy = config.policies.find((p) => p.team === team.slug);
      if (!policy?.levels.length)
        return [[team.name, '—', '—', 'no escalation policy: everyone on the team, at once', '—']];
      return policy.levels.map((level, index) => {
        const afterHours = !team.businessHours
          ? '— (around the clock)'
          : level.afterHours?.length
            ? references(config, team, level.afterHours)
            : `team cover: ${coverOf(config, team, now)}`;
        return [
          team.name,
          String(index + 1),
          delay(level.afterMinutes),
          references(config, team, level.notify),
          afterHours,
        ];
      });
    }),
    empty: 'No teams, so no escalation.',
  };
}

function urgencySection(config: SeamConfig): Section {
  const noPolicy: Pick<EscalationPolicy, 'urgency'> = { urgency: {} };
  return {
    title: 'Urgency',
    header: ['team', ...CLASSIFICATIONS.map((cls) => CLASS_NAMES[cls].toLowerCase()), 'raised to paging by'],
    rows: config.teams.map((team) => {
      const policy = config.policies.find((p) => p.team === team.slug);
      const window = policy?.calendarWindowDays ?? 1;
      const raised = [
        policy?.pageAtRecords !== undefined && `${policy.pageAtRecords} or more records`,
        `a business date within ${window} day${window === 1 ? '' : 's'}`,
      ]
        .filter(Boolean)
        .join('; ');
      return [team.name, ...CLASSIFICATIONS.map((cls) => URGENCY_NAMES[urgencyFor(policy ?? noPolicy, cls)]), raised];
    }),
    empty: 'No teams are configured.',
  };
}

/** Who each chain would actually reach, now and at the next out-of-hours time: the audit's own plan. */
function reachSection(config: SeamConfig, now: Date): Section {
  const nameOf = (id: string) => config.teams.flatMap((t) => t.members).find((m) => m.id === id)?.name ?? id;
  const levelText = (level: ReachedLevel): string => {
    const who = [...level.members.map(nameOf), ...level.channels.map((c) => `channel ${c}`)];
    const notes = [
      level.fallback === 'lead' && 'lead by fallback',
      level.skippedAway.length && `${level.skippedAway.map(nameOf).join(', ')} away`,
    ].filter(Boolean);
    return `${level.level + 1}: ${who.length ? who.join(', ') : 'nobody'}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  };
  return {
    title: 'Who would be reached',
    intro: 'Planned by the same code that runs escalations, for an issue opened now and at the next out-of-hours time.',
    header: ['team', 'urgency', 'classes', 'opened', 'levels'],
    rows: reachability(config, now).map((reach) => [
      teamName(config, reach.team),
      reach.urgency.replace(/_/g, ' '),
      reach.classes.map((c) => CLASS_NAMES[c].toLowerCase()).join(', ') || 'when raised to paging',
      `${reach.when === 'now' ? 'now' : 'after hours'} (${reach.at})`,
      reach.levels.map(levelText).join('; '),
    ]),
    empty: 'No teams are configured.',
  };
}

function onCallSection(config: SeamConfig, now: Date): Section {
  const turnText = (team: Team, turn: OnCallTurn | undefined, bound: 'until' | 'from'): string => {
    if (!turn) return '—';
    const member = team.members.find((m) => m.id === turn.member);
    const away = member && isAway(member, new Date(Math.max(now.getTime(), Date.parse(turn.from)))) ? ' (away)' : '';
    const override = turn.override ? ` (override${turn.override.reason ? `: ${turn.override.reason}` : ''})` : '';
    return `${member?.name ?? turn.member}${away}${override}, ${bound} ${bound === 'until' ? turn.until : turn.from}`;
  };
  return {
    title: 'On call',
    header: ['team', 'rotation', 'now', 'next'],
    rows: config.teams.flatMap((team) =>
      onCallNowAndNext(team, now).map((r) => [
        team.name,
        r.rotation,
        turnText(team, r.now, 'until'),
        turnText(team, r.next, 'from'),
      ]),
    ),
    empty: 'No on-call rotations.',
  };
}

function auditSection(config: SeamConfig, now: Date): Section {
  const findings = auditPaths(config, now);
  return {
    title: 'Escalation audit',
    intro: findings.length
      ? `${findings.length} problem${findings.length === 1 ? '' : 's'}, ${findings.filter((f) => f.severity === 'critical').length} critical (GET /v1/escalation-audit).`
      : undefined,
    header: ['severity', 'team', 'problem', 'detail'],
    rows: findings.map((f) => [f.severity, teamName(config, f.team), f.kind.replace(/_/g, ' '), f.detail]),
    empty: 'No escalation path problems.',
  };
}

function matchOf(issue: KnownIssue): string {
  const { match } = issue;
  const parts = [
    match.integration && `integration ${match.integration}`,
    match.system && `system ${match.system}`,
    match.classification && `class ${match.classification.replace(/_/g, ' ')}`,
    match.category && `category ${match.category}`,
    match.messageRegex && `message /${match.messageRegex}/`,
    issue.release && `release ${issue.release}`,
  ].filter(Boolean);
  return parts.join(', ') || 'every issue';
}

function sections(config: SeamConfig, now: Date): Section[] {
  const known = config.knownIssues.filter((k) => Date.parse(k.expiresAt) > now.getTime());
  const hypercare = config.hypercare.filter(
    (h) => Date.parse(h.from) <= now.getTime() && now.getTime() < Date.parse(h.until),
  );
  return [
    ownersSection(config),
    teamsSection(config, now),
    escalationSection(config, now),
    urgencySection(config),
    onCallSection(config, now),
    reachSection(config, now),
    auditSection(config, now),
    {
      title: 'Known issues in force',
      intro: known.length ? 'Matching issues are labelled and notify nobody until the entry expires.' : undefined,
      header: ['id', 'title', 'matches', 'until', 'support script'],
      rows: known.map((k) => [k.id, k.title, matchOf(k), k.expiresAt, k.supportScript ?? '—']),
      empty: 'None.',
    },
    {
      title: 'Hypercare in force',
      intro: hypercare.length
        ? 'During the window both teams hear of every new issue state of the integration.'
        : undefined,
      header: ['integration', 'from', 'until', 'first response', 'engineering'],
      rows: hypercare.map((h) => [
        h.integration,
        h.from,
        h.until,
        teamName(config, h.firstResponderTeam ?? 'support'),
        teamName(config, h.engineeringTeam ?? 'engineering'),
      ]),
      empty: 'None.',
    },
  ];
}

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderOwnershipMarkdown(config: SeamConfig, now: Date): string {
  const lines = ['# Ownership', '', `Generated ${now.toISOString()} from the configuration in force.`, ''];
  for (const section of sections(config, now)) {
    lines.push(`## ${section.title}`, '');
    if (section.intro) lines.push(section.intro, '');
    if (!section.rows.length) {
      lines.push(section.empty, '');
      continue;
    }
    lines.push(`| ${section.header.map(mdCell).join(' | ')} |`, `|${section.header.map(() => '---').join('|')}|`);
    for (const row of section.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

function htmlSection(section: Section): string {
  const intro = section.intro ? `<p>${escape(section.intro)}</p>` : '';
  if (!section.rows.length) return `<h2>${escape(section.title)}</h2>${intro}<p>${escape(section.empty)}</p>`;
  const head = `<thead><tr>${section.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${section.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`;
  return `<h2>${escape(section.title)}</h2>${intro}<table>${head}${body}</table>`;
}

/** The ownership page's only style: the console's CSP allows exactly this text by its hash. */
export const OWNERSHIP_STYLE =
  'body{font-family:system-ui,sans-serif;margin:1rem 2rem}table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}';

export function renderOwnershipHtml(config: SeamConfig, now: Date): string {
  const style = OWNERSHIP_STYLE;
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>Ownership</title><style>${style}</style></head><body>`,
    '<h1>Ownership</h1>',
    `<p>Generated ${escape(now.toISOString())} from the configuration in force.</p>`,
    ...sections(config, now).map(htmlSection),
    '</body></html>',
  ].join('\n');
}
