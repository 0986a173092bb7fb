import { Document, isCollection, LineCounter, parseDocument, Scalar, visit } from 'yaml';
import type { SeamConfig } from '../core/seam-config.types';
import { validateAs } from '../platform/http/validation';
import { referenceErrors } from './domain/config-references';
import { SeamConfigDto, TeamDto } from './dto/seam-config.dto';

export interface ParsedConfig {
  config?: SeamConfig;
  /** webhook secrets, kept out of the config object so exports and logs never carry them */
  secrets: Map<string, string | undefined>;
  errors: string[];
}

/** Alias expansions a seam.yaml may make: ample for anchors shared between teams, far below a billion laughs. */
export const MAX_YAML_ALIASES = 50;

const MAX_ERROR_LENGTH = 300;
/** An error line is about a field, never a copy of the file: long ones are cut. */
const bounded = (line: string): string =>
  line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH)}…` : line;

interface ReadYaml {
  plain?: unknown;
  errors: string[];
  /** the line and column of the node an error line names, appended: "… (line 12, column 7)" */
  locate: (line: string) => string;
}

/** Flow collections ([ and {) nested this deep are no configuration, and the parser recurses on each level. */
export const MAX_YAML_FLOW_DEPTH = 100;

/** Where flow nesting first passes the limit (quotes and comments skipped), or -1: checked before the parser recurses into it. */
export function tooDeepAt(text: string, limit = MAX_YAML_FLOW_DEPTH): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** YAML text → plain data, with every syntax error at its line and column. */
function readYaml(text: string): ReadYaml {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    return {
      errors: [
        `yaml nests deeper than ${MAX_YAML_FLOW_DEPTH} levels (line ${line}, column ${deep - before.lastIndexOf('\n')})`,
      ],
      locate: (l) => l,
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return ` (line ${line}, column ${col})`;
  };
  const none = (line: string) => line;
  if (document.errors.length > 0)
    return {
      errors: document.errors.map((error) => bounded(`yaml ${error.message.split('\n')[0]}`) + at(error.pos[0])),
      locate: none,
    };
  // a list or map as a mapping key ("? [a, b]: x") names nothing in seam.yaml, and the yaml library would turn it
  // into a string with a process warning on every such request: refuse it where it stands
  let collectionKeyAt: number | undefined;
  visit(document, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      collectionKeyAt = pair.key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (collectionKeyAt !== undefined)
    return {
      errors: [`yaml a mapping key must be a plain value, not a list or map${at(collectionKeyAt)}`],
      locate: none,
    };
  let plain: unknown;
  try {
    plain = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // the yaml library refuses an alias bomb by throwing (ReferenceError), which is bad input, not a fault
    return {
      errors: [`yaml ${(error as Error).message.split('\n')[0]} (at most ${MAX_YAML_ALIASES} alias expansions)`],
      locate: none,
    };
  }
  // an alias inside the node it names ("teams: &t [*t]") makes a cycle, which no configuration is: every later copy would loop (a 500)
  if (hasCycle(plain)) return { errors: ['yaml an alias refers to a node that contains it (a cycle)'], locate: none };
  const locate = (line: string): string => {
    const path = nodePath(line, plain);
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return line + at(node.range[0]);
    }
    return line;
  };
  return { plain, errors: [], locate };
}

/**
 * The document path an error line starts with ("teams.1.businessHours.timeZone must…",
 * "teams.engineering.afterHours.members[0]: …"), with a team or policy named by slug turned into its index.
 */
export function nodePath(line: string, plain: unknown): Array<string | number> {
  const head = /^[A-Za-z0-9_.@\-[\]]+/.exec(line)?.[0].replace(/:$/, '') ?? '';
  const path: Array<string | number> = [];
  let here: unknown = plain;
  for (const part of head.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    let key: string | number = part;
    if (Array.isArray(here)) {
      const index = /^\d+$/.test(part)
        ? Number(part)
        : here.findIndex((item) => isRecord(item) && (item.slug === part || item.team === part || item.id === part));
      if (index < 0) break;
      key = index;
    }
    path.push(key);
    here = isRecord(here) || Array.isArray(here) ? (here as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Reference checks on a file whose fields failed validation too: every error at once, where the shape allows. */
function referencesOfUnvalidated(plain: unknown): string[] {
  if (!isRecord(plain)) return [];
  try {
    return referenceErrors({
      teams: [],
      routing: [],
      policies: [],
      calendar: [],
      knownIssues: [],
      hypercare: [],
      ...plain,
    } as unknown as SeamConfig);
  } catch {
    return []; // a shape too broken to follow: the field errors say what to fix first
  }
}

/** seam.yaml text (or the same as a JSON object) → a validated config, or lines naming each bad field (with line and column for text). */
export function parseSeamConfig(input: unknown): ParsedConfig {
  let plain: unknown = input;
  let locate = (line: string) => line;
  if (typeof input === 'string') {
    const read = readYaml(input);
    if (read.errors.length > 0) return { secrets: new Map(), errors: read.errors };
    plain = read.plain;
    locate = read.locate;
  }
  const { value, errors } = validateAs(SeamConfigDto, plain ?? {});
  if (!value)
    return {
      secrets: new Map(),
      errors: [...errors, ...referencesOfUnvalidated(plain)].map((line) => locate(bounded(line))),
    };
  const config = JSON.parse(JSON.stringify(value)) as SeamConfig;
  const secrets = new Map<string, string | undefined>();
  for (const team of config.teams) {
    for (const channel of [...team.members.flatMap((m) => m.channels), ...(team.channels ?? [])]) {
      const withSecret = channel as typeof channel & { secret?: string };
      secrets.set(channel.id, withSecret.secret);
      delete withSecret.secret;
      // delivery history is the service's: a GET put back as-is carries it, and it is dropped here
      delete channel.lastDelivery;
    }
  }
  for (const entry of config.integrations ?? []) {
    const withSecret = entry as typeof entry & { secret?: string; signingSecrets?: string[] };
    secrets.set(`integration:${entry.integration}`, withSecret.secret);
    if (withSecret.signingSecrets)
      secrets.set(`signing:${entry.integration}`, JSON.stringify(withSecret.signingSecrets));
    delete withSecret.secret;
    delete withSecret.signingSecrets;
  }
  const references = referenceErrors(config);
  return references.length
    ? { secrets, errors: references.map((line) => locate(bounded(line))) }
    : { config, secrets, errors: [] };
}

/** Whether a value made by YAML reaches itself: one walk with the path's containers on a stack, no recursion. */
export function hasCycle(root: unknown): boolean {
  if (root === null || typeof root !== 'object') return false;
  const onPath = new Set<object>();
  const stack: Array<{ node: object; children: unknown[] | undefined }> = [{ node: root, children: undefined }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.children === undefined) {
      onPath.add(top.node);
      top.children = top.node instanceof Map ? [...top.node.values()] : Object.values(top.node);
    }
    const child = top.children.pop();
    if (child === undefined && top.children.length === 0) {
      onPath.delete(top.node);
      stack.pop();
    } else if (child !== null && typeof child === 'object') {
      if (onPath.has(child)) return true;
      stack.push({ node: child, children: undefined });
    }
  }
  return false;
}

/** One team from the teams API, put into the whole config and checked like an import of it. */
export function withTeam(config: SeamConfig, slug: string, body: unknown): ParsedConfig {
  if (typeof body === 'string') {
    // one team as YAML (or JSON sent as text): read like seam.yaml
    const read = readYaml(body);
    if (read.errors.length > 0) return { secrets: new Map(), errors: read.errors };
    body = read.plain;
  }
  const { value, errors } = validateAs(TeamDto, body);
  if (!value) return { secrets: new Map(), errors };
  if (value.slug !== slug) return { secrets: new Map(), errors: [`slug must be ${slug}, the team in the path`] };
  const plainTeam = JSON.parse(JSON.stringify(value));
  const teams = config.teams.some((t) => t.slug === slug)
    ? config.teams.map((t) => (t.slug === slug ? plainTeam : t))
    : [...config.teams, plainTeam];
  return parseSeamConfig(JSON.parse(JSON.stringify({ ...config, teams: teams.map(withoutDeliveryHistory) })));
}

function withoutDeliveryHistory(team: SeamConfig['teams'][number]) {
  const strip = (channel: { lastDelivery?: unknown }) => {
    const { lastDelivery: _history, ...rest } = channel;
    return rest;
  };
  return {
    ...team,
    members: team.members.map((m) => ({ ...m, channels: m.channels.map(strip) })),
    ...(team.channels ? { channels: team.channels.map(strip) } : {}),
  };
}

/** Strings a YAML 1.1 reader would take for something else: times (sexagesimal numbers), dates, booleans, numbers. */
const YAML_11_AMBIGUOUS =
  /^(?:[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?|\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?|y|n|yes|no|on|off|true|false|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?)$/i;

/** The config as seam.yaml; delivery history is the service's, not the file's, so it stays out. */
export function toSeamYaml(config: SeamConfig): string {
  const forFile = structuredClone(config);
  for (const team of forFile.teams) {
    for (const channel of [...team.members.flatMap((m) => m.channels), ...(team.channels ?? [])])
      delete channel.lastDelivery;
  }
  const document = new Document(forFile);
  // YAML 1.1 readers (PyYAML, older tools) read 17:00 as the number 1020 and 2026-11-30 as a date: quoted, every reader sees text
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && YAML_11_AMBIGUOUS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return `# seam.yaml — exported ${new Date().toISOString()}; import with PUT /v1/config\n${document.toString({ lineWidth: 120 })}`;
}
