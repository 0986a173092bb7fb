import type { OwnerClass } from '../classification.types';

/**
 * Whether what Seam learned from people is making its answers better, measured the only honest way: on
 * each issue a person settles, before Seam learns from it. The trained model's answer alone and its answer
 * with the corrections learned so far are both scored against the person's class, per target system.
 * Corrections tied to a system can mislead it when its next failures are worded unlike the ones taught
 * (docs/classifier.md, "Learning from people"); this is how a team finds out from its own stream.
 */
export interface SystemLearningAudit {
  /** issues people settled (reclassified, or resolved confirming the class) for this target system */
  settled: number;
  /** of those, how many the trained model alone answered right */
  modelRight: number;
  /** how many the model with the corrections learned before each answered right */
  learnedRight: number;
  /** settled issues the corrections turned from wrong to right */
  helped: number;
  /** settled issues the corrections turned from right to wrong */
  hurt: number;
  /** the system as its events spell it (the last settled), which the issues list filters on exactly */
  spelledAs?: string;
}

/** Per target system (lower case). */
export type LearningAudit = Readonly<Record<string, SystemLearningAudit>>;

export const NO_AUDIT: LearningAudit = {};

export interface SettledAnswer {
  targetSystem: string;
  /** the class a person settled on */
  label: OwnerClass;
  /** the trained model's leaning on the message alone */
  modelAnswer: OwnerClass;
  /** the leaning with the corrections learned before this one */
  learnedAnswer: OwnerClass;
}

/** The audit with one more settled issue counted. */
export function auditSettled(audit: LearningAudit, answer: SettledAnswer): LearningAudit {
  const system = answer.targetSystem.toLowerCase();
  const before = audit[system] ?? { settled: 0, modelRight: 0, learnedRight: 0, helped: 0, hurt: 0 };
  const modelRight = answer.modelAnswer === answer.label;
  const learnedRight = answer.learnedAnswer === answer.label;
  return {
    ...audit,
    [system]: {
      settled: before.settled + 1,
      modelRight: before.modelRight + (modelRight ? 1 : 0),
      learnedRight: before.learnedRight + (learnedRight ? 1 : 0),
      helped: before.helped + (learnedRight && !modelRight ? 1 : 0),
      hurt: before.hurt + (modelRight && !learnedRight ? 1 : 0),
      spelledAs: answer.targetSystem,
    },
  };
}

export type LearningVerdict = 'helping' | 'hurting' | 'no_clear_difference';

/**
 * Only the issues where the two answers differ say anything; on them, if the corrections made no difference,
 * "helped" and "hurt" would be equally likely (a sign test). A verdict is given when one side is at most 5%
 * likely by chance: with fewer than five such issues none can be.
 */
export const VERDICT_P = 0.05;

export function verdictOf(entry: SystemLearningAudit): { verdict: LearningVerdict; p: number; detail: string } {
  const changed = entry.helped + entry.hurt;
  const more = Math.max(entry.helped, entry.hurt);
  const p = changed === 0 ? 1 : binomialTailAtLeast(more, changed);
  const counts = `on ${entry.settled} settled issues the corrections changed ${changed} answers: ${entry.helped} to right, ${entry.hurt} to wrong`;
  if (p <= VERDICT_P && entry.hurt > entry.helped)
    return {
      verdict: 'hurting',
      p,
      detail: `${counts}; what was learned for this system misleads more often than it helps (one-sided sign test p = ${p.toFixed(3)}): review its recent reclassifications (its review link)`,
    };
  if (p <= VERDICT_P && entry.helped > entry.hurt)
    return { verdict: 'helping', p, detail: `${counts} (one-sided sign test p = ${p.toFixed(3)})` };
  return { verdict: 'no_clear_difference', p, detail: `${counts}: too few either way to tell` };
}

/** P(X ≥ k) for X ~ Binomial(n, ½); summed in logs, since ½ⁿ is below the smallest double past n = 1,074. */
export function binomialTailAtLeast(k: number, n: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let logChoose = 0; // log C(n, 0)
  const logTerms: number[] = [];
  for (let i = 0; i <= n; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    if (i >= k) logTerms.push(logChoose - n * Math.LN2);
  }
  const max = Math.max(...logTerms);
  return Math.min(1, Math.exp(max) * logTerms.reduce((sum, t) => sum + Math.exp(t - max), 0));
}

/** A stored value that is a LearningAudit; anything else counts as none. */
export function asLearningAudit(stored: unknown): LearningAudit {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return NO_AUDIT;
  const audit: Record<string, SystemLearningAudit> = {};
  for (const [system, value] of Object.entries(stored as Record<string, unknown>)) {
    const entry = value as Partial<SystemLearningAudit> | null;
    if (!entry || typeof entry !== 'object') continue;
    const count = (n: unknown) => (Number.isInteger(n) && (n as number) >= 0 ? (n as number) : 0);
    audit[system] = {
      settled: count(entry.settled),
      modelRight: count(entry.modelRight),
      learnedRight: count(entry.learnedRight),
      helped: count(entry.helped),
      hurt: count(entry.hurt),
      ...(typeof entry.spelledAs === 'string' && entry.spelledAs.length <= 100 ? { spelledAs: entry.spelledAs } : {}),
    };
  }
  return audit;
}
