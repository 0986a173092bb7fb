// Two classifiers' answers on the same lines, compared line by line: the difference in each headline
// figure with its 90% interval when the target systems are resampled (both answers of a line are drawn
// together, so what the lines share cancels). A change is worth its risk only when the interval of its
// difference says so, not when the point moves: 0.005 on 364 lines is three answers.
//   npm run bench:accuracy -- --fresh --save /tmp/before.jsonl   (on the shipped method)
//   npm run bench:accuracy -- --fresh --save /tmp/after.jsonl    (on the change)
//   npx tsx scripts/accuracy/compare.ts /tmp/before.jsonl /tmp/after.jsonl
import { asPrediction, loadAnswers } from './answers';
import { score, type Prediction, type Scores } from './evaluate';
import { pairedDifferenceByGroup } from './spread';

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: compare.ts <answers before> <answers after>');
  process.exit(2);
}
const before = loadAnswers(beforePath).map(asPrediction);
const after = loadAnswers(afterPath).map(asPrediction);
const keyOf = (p: Prediction) => p.line.event.eventId;
const systemOf = (p: Prediction) => p.line.event.target?.system ?? '';

const figures: Array<[string, (s: Scores) => number]> = [
  ['macro-F1', (s) => s.macroF1],
  ['accuracy', (s) => s.accuracy],
  ['lenient accuracy', (s) => s.lenient],
  ['answers at ≥ 0.8 right', (s) => s.confidentRight],
  ['expected calibration error', (s) => s.ece],
];
const changed = before.filter((p) => {
  const other = after.find((q) => keyOf(q) === keyOf(p));
  return other && other.classification !== p.classification;
}).length;
console.log(
  `${before.length} lines from ${new Set(before.map(systemOf)).size} systems; ${changed} answers changed\n\n| figure | before | after | after − before | 90% interval |\n|---|---|---|---|---|`,
);
for (const [name, figure] of figures) {
  const difference = pairedDifferenceByGroup(before, after, keyOf, systemOf, (drawn) => figure(score(drawn)));
  console.log(
    `| ${name} | ${figure(score(before)).toFixed(3)} | ${figure(score(after)).toFixed(3)} | ${difference.value >= 0 ? '+' : ''}${difference.value.toFixed(3)} | ${difference.low.toFixed(3)} to ${difference.high.toFixed(3)} |`,
  );
}
