import { Document, parseDocument, Scalar, visit } from 'yaml';
import type { SeamConfig } from '../escalation/domain/escalation.types';
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

/** seam.yaml text (or the same as a JSON object) → a validated config, or lines naming each bad field. */
export function parseSeamConfig(input: unknown): ParsedConfig {
  let plain: unknown = input;
  if (typeof input === 'string') {
    const document = parseDocument(input, { prettyErrors: false, uniqueKeys: true });
    if (document.errors.length > 0) return { secrets: new Map(), errors: document.errors.map((error) => `yaml ${error.message.split('\n')[0]}`) };
    try {
      plain = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      // the yaml library refuses an alias bomb by throwing (ReferenceError), which is bad input, not a fault
      return { secrets: new Map(), errors: [`yaml ${(error as Error).message.split('\n')[0]} (at most ${MAX_YAML_ALIASES} alias expansions)`] };
    }
    // an alias inside the node it names ("teams: &t [*t]") makes a cycle, which no configuration is: every later copy would loop (a 500)
    if (hasCycle(plain)) return { secrets: new Map(), errors: ['yaml an alias refers to a node that contains it (a cycle)'] };
  }
  const { value, errors } = validateAs(SeamConfigDto, plain ?? {});
  if (!value) return { secrets: new Map(), errors };
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
    if (withSecret.signingSecrets) secrets.set(`signing:${entry.integration}`, JSON.stringify(withSecret.signingSecrets));
    delete withSecret.secret;
    delete withSecret.signingSecrets;
  }
  const references = referenceErrors(config);
  return references.length ? { secrets, errors: references } : { config, secrets, errors: [] };
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
  const { value, errors } = validateAs(TeamDto, body);
  if (!value) return { secrets: new Map(), errors };
  if (value.slug !== slug) return { secrets: new Map(), errors: [`slug must be ${slug}, the team in the path`] };
  const plainTeam = JSON.parse(JSON.stringify(value));
  const teams = config.teams.some((t) => t.slug === slug) ? config.teams.map((t) => (t.slug === slug ? plainTeam : t)) : [...config.teams, plainTeam];
  return parseSeamConfig(JSON.parse(JSON.stringify({ ...config, teams: teams.map(withoutDeliveryHistory) })));
}

function withoutDeliveryHistory(team: SeamConfig['teams'][number]) {
  const strip = (channel: { lastDelivery?: unknown }) => {
    const { lastDelivery: _history, ...rest } = channel;
    return rest;
  };
  return { ...team, members: team.members.map((m) => ({ ...m, channels: m.channels.map(strip) })), ...(team.channels ? { channels: team.channels.map(strip) } : {}) };
}

/** Strings a YAML 1.1 reader would take for something else: times (sexagesimal numbers), dates, booleans, numbers. */
const YAML_11_AMBIGUOUS = /^(?:[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?|\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?|y|n|yes|no|on|off|true|false|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?)$/i;

/** The config as seam.yaml; delivery history is the service's, not the file's, so it stays out. */
export function toSeamYaml(config: SeamConfig): string {
  const forFile = structuredClone(config);
  for (const team of forFile.teams) {
    for (const channel of [...team.members.flatMap((m) => m.channels), ...(team.channels ?? [])]) delete channel.lastDelivery;
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
