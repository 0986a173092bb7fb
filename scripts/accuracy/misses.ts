// Where the classifier misses, by the labelling policy's shape: leave-one-system-out predictions on the
// corpus without the development held-out split, counted per shape, then the first 40 answers that are
// neither the label nor the altLabel. For reading, not for tuning rules to lines.
//   npx tsx scripts/accuracy/misses.ts
import { leaveOneSystemOut } from './evaluate';
import { isHoldout, loadCorpus, systemOf } from './corpus';
import { policyShapesOf } from '../../src/classification/domain/policy-shapes';
import { unwrapMessage } from '../../src/platform/text/unwrap';
const lines = loadCorpus().filter((l) => !isHoldout(l));
const preds = leaveOneSystemOut(lines);
const byRow = new Map<string, { n: number; wrong: number; strict: number }>();
for (const p of preds) {
  const rows = policyShapesOf(unwrapMessage(p.line.event.error?.message ?? '').message).map((s) => String(s.row));
  const key = rows[0] ?? 'none';
  const r = byRow.get(key) ?? { n: 0, wrong: 0, strict: 0 };
  r.n++;
  if (p.classification !== p.line.label && p.classification !== p.line.altLabel) r.wrong++;
  if (p.classification !== p.line.label) r.strict++;
  byRow.set(key, r);
}
console.log(
  [...byRow]
    .sort((a, b) => b[1].wrong - a[1].wrong)
    .map(([k, v]) => `row ${k}: n=${v.n} lenient-wrong=${v.wrong} strict-wrong=${v.strict}`)
    .join('\n'),
);
for (const p of preds
  .filter((p) => p.classification !== p.line.label && p.classification !== p.line.altLabel)
  .slice(0, 40))
  console.log(
    `${p.line.label}/${p.line.altLabel} -> ${p.classification} ${p.confidence} | ${systemOf(p.line)} | ${(p.line.event.error?.message ?? '').slice(0, 120)}`,
  );
