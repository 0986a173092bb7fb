// Message-only accuracy of the pure classifier on a labelled corpus (default: the shared dev corpus).
// The same numbers as `seam_eval.py corpus` against a running service, without the service.
//   npm run bench:accuracy [-- path/to/corpus.jsonl] [-- --misses]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../src/classification/domain/classifier';
import { OWNER_CLASSES, type ClassifiableEvent } from '../src/classification/domain/classification.types';
import { compileRules } from '../src/classification/domain/user-rules';

const args = process.argv.slice(2);
const path = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev.jsonl');
const showMisses = args.includes('--misses');
const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { event: ClassifiableEvent; label: string; altLabel?: string | null });
const knowledge = { rules: compileRules([]), settings: { triageThreshold: Number(process.env.TRIAGE_THRESHOLD ?? 0.55) } };

const confusion = new Map<string, number>();
let lenient = 0;
let triage = 0;
for (const row of rows) {
  const result = classify(row.event, {}, knowledge);
  const predicted = result.classification;
  confusion.set(`${row.label}|${predicted}`, (confusion.get(`${row.label}|${predicted}`) ?? 0) + 1);
  if (predicted === 'needs_triage') triage++;
  if (predicted === row.label || predicted === row.altLabel) lenient++;
  if (showMisses && predicted !== row.label) {
    console.log(`${predicted !== row.altLabel ? 'MISS' : 'alt '} ${row.label} (alt ${row.altLabel}) -> ${predicted}/${result.leaning} ${result.category} ${result.confidence} | ${row.event.target?.system} ${row.event.error?.code} | ${row.event.error?.message.slice(0, 110)}`);
    console.log(`      ${result.reasons.slice(0, 3).map((r) => `${r.signal}:${r.weight}`).join(' ')}`);
  }
}
const f1s = OWNER_CLASSES.map((cls) => {
  const tp = confusion.get(`${cls}|${cls}`) ?? 0;
  const predicted = [...confusion].filter(([k]) => k.endsWith(`|${cls}`)).reduce((s, [, n]) => s + n, 0);
  const actual = [...confusion].filter(([k]) => k.startsWith(`${cls}|`)).reduce((s, [, n]) => s + n, 0);
  const precision = predicted ? tp / predicted : 0;
  const recall = actual ? tp / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`${cls.padEnd(16)} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)} n=${actual}`);
  return f1;
});
const columns = ['defect', 'bad_source_data', 'process_change', 'needs_triage'];
console.log(`confusion (rows: truth, columns: predicted ${columns.join(', ')})`);
for (const truth of OWNER_CLASSES) console.log(`  ${truth.padEnd(16)} ${columns.map((p) => String(confusion.get(`${truth}|${p}`) ?? 0).padStart(5)).join('')}`);
const accuracy = OWNER_CLASSES.reduce((s, cls) => s + (confusion.get(`${cls}|${cls}`) ?? 0), 0) / rows.length;
console.log(`n=${rows.length} needs_triage=${triage} (${((100 * triage) / rows.length).toFixed(1)}%)`);
console.log(`macroF1=${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3)} accuracy=${accuracy.toFixed(3)} lenient=${(lenient / rows.length).toFixed(3)}`);
