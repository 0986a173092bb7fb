import type { Category, OwnerClass } from '../classification.types';
import type { ClassVotes } from '../categories';

/** A fired signal: its reason for the analyst, its weight, and how that weight splits over the classes. */
export interface Evidence {
  signal: string;
  detail: string;
  weight: number;
  votes: ClassVotes;
  /** message evidence names a category; context evidence does not */
  category?: Category;
  /** payload values the detail quotes, by field name (see Reason.quotes) */
  quotes?: Record<string, string>;
}

export function normalised(votes: ClassVotes): ClassVotes {
  const total = Object.values(votes).reduce((sum, v) => sum + (v ?? 0), 0);
  if (total <= 0) return {};
  return Object.fromEntries(Object.entries(votes).map(([cls, v]) => [cls, (v ?? 0) / total])) as ClassVotes;
}

const leanedByPrior = new WeakMap<ClassVotes, Map<ClassVotes | undefined, ClassVotes>>();

/** A category's prior with a family's lean laid over it (priors and leans are constants: worked out once per pair). */
export function leaned(prior: ClassVotes, lean?: ClassVotes): ClassVotes {
  let byLean = leanedByPrior.get(prior);
  if (!byLean) leanedByPrior.set(prior, (byLean = new Map()));
  let votes = byLean.get(lean);
  if (!votes) byLean.set(lean, (votes = normalised(lean ? { ...prior, ...lean } : prior)));
  return votes;
}

export const only = (cls: OwnerClass): ClassVotes => ({ [cls]: 1 });
