import type { Category } from '../classification.types';
import type { ClassVotes } from '../categories';

/**
 * One family of a system's errors: its documented codes and/or message shape. A family names a
 * category; `lean` moves the category's prior when the family itself says more (a "not mapped"
 * account is set-up, a "(must be M/D/YYYY)" date is the integration's serialiser).
 */
export interface ErrorFamily {
  id: string;
  /**
   * The vendor document the family comes from (URL, or the document's title and section): a family
   * states what the vendor documents about a code or message, never what one example said.
   */
  doc?: string;
  /** matched against error.code, case-insensitively, whole code */
  codes?: RegExp;
  /** matched against the message; bound its gaps (`.{0,200}`, not `.*`): it runs on untrusted text */
  message?: RegExp;
  /** both must match when both are given; `either` accepts one */
  either?: boolean;
  category: Category;
  lean?: ClassVotes;
  why: string;
  /** a catch-all for the pack's code: counts only when no other family of the pack matched */
  fallback?: boolean;
  /** more general families of the same pack this one refines: they do not count when it matches */
  supersedes?: string[];
}

/** A knowledge pack: what one target system's (or iPaaS wrapper's) errors mean. Plain data, one file per system. */
export interface KnowledgePack {
  system: string;
  /** lowercase fragments of target.system (or integration names) that select this pack */
  aliases: string[];
  families: ErrorFamily[];
}
