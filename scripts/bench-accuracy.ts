// npm run bench:accuracy: how the classifier does on errors it was not trained on, measured on the whole
// of data/corpus. Leave-one-system-out (train on every system but one, test on that one) and 5-fold
// cross-validation grouped by message shape (no shape is both trained on and tested), each with per-class
// precision/recall, macro-F1, lenient accuracy, the triage rate, a reliability table with the expected
// calibration error, and lenient accuracy at 80/90/100% coverage. Fit on the training data is never shown.
//   npm run bench:accuracy                 both, on every line
//   npm run bench:accuracy -- --holdout    trained on all but the development held-out split, tested on it
//   npm run bench:accuracy -- --systems    also the per-system table of the leave-one-system-out run
//   npm run bench:accuracy -- --fresh      trained on all of data/corpus, tested on data/heldout (lines gathered
//                                          after the method was chosen, blind to it; training never reads them),
//                                          the whole set and each batch
//   npm run bench:accuracy -- --far        leave one system out with every line found at one of its sources
//                                          (a repository, a web site) left out of its training too
//   npm run bench:accuracy -- --save f     also writes each answer (eventId, system, label, answer, confidence;
//                                          no message text) to f, for scripts/accuracy/compare.ts; in the
//                                          default run f holds leave-one-system-out and f-grouped.jsonl the folds
// Each headline figure comes with its 90% interval when the target systems are resampled (spread.ts).
import { OWNER_CLASSES } from '../src/classification/domain/classification.types';
import { HELDOUT_DIR, isHoldout, loadCorpus, systemOf } from './accuracy/corpus';
import {
  groupedFolds,
  leaveOneSystemAndSourcesOut,
  leaveOneSystemOut,
  predictAll,
  report,
  score,
  trainModel,
  type Prediction,
} from './accuracy/evaluate';
import { saveAnswers } from './accuracy/answers';
import { bootstrapByGroup } from './accuracy/spread';

export const LOSO_MACRO_F1_TARGET = 0.75;
export const ECE_TARGET = 0.05;

const args = process.argv.slice(2);
const saveTo = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;

/** Where the grouped folds' answers go beside leave-one-system-out's: a.jsonl → a-grouped.jsonl. */
function groupedPathFor(path: string): string {
  return path.endsWith('.jsonl') ? `${path.slice(0, -'.jsonl'.length)}-grouped.jsonl` : `${path}-grouped.jsonl`;
}

/** How much of a figure is the particular systems measured: its 90% interval over resamples of them. */
function spreadLine(predictions: readonly Prediction[]): string {
  const systemsMeasured = new Set(predictions.map((p) => systemOf(p.line))).size;
  const parts = (['macroF1', 'lenient'] as const).map((figure) => {
    const spread = bootstrapByGroup(
      predictions,
      (p) => systemOf(p.line),
      (drawn) => score(drawn)[figure],
    );
    return `${figure === 'macroF1' ? 'macro-F1' : 'lenient'} ${spread.value.toFixed(3)} (${spread.low.toFixed(3)}–${spread.high.toFixed(3)})`;
  });
  return `90% intervals over resamples of the ${systemsMeasured} systems: ${parts.join(', ')}`;
}
const lines = loadCorpus();
const started = Date.now();
const systems = new Set(lines.map(systemOf));
const sourced = lines.filter((line) => typeof line.source === 'string' && line.source.trim() !== '').length;
console.log(
  `# npm run bench:accuracy, ${new Date().toISOString().slice(0, 10)}: data/corpus, ${lines.length} lines (${sourced} with a source) from ${systems.size} target systems`,
);
console.log(
  `labels: ${OWNER_CLASSES.map((cls) => `${cls} ${lines.filter((line) => line.label === cls).length}`).join(', ')}; ${lines.filter((line) => line.altLabel).length} with an altLabel\n`,
);

if (args.includes('--fresh')) {
  const fresh = loadCorpus(HELDOUT_DIR);
  const freshSystems = new Set(fresh.map(systemOf));
  const unseen = fresh.filter((line) => !systems.has(systemOf(line)));
  const model = trainModel(lines);
  const answers = predictAll(model, fresh);
  console.log(
    report(
      `fresh held-out lines, data/heldout (${fresh.length} lines from ${freshSystems.size} systems, trained on all ${lines.length} of data/corpus)`,
      score(answers),
    ),
  );
  console.log(`\n${spreadLine(answers)}`);
  if (saveTo) saveAnswers(saveTo, answers);
  if (unseen.length > 0) {
    console.log(
      `\n${report(`of which systems data/corpus does not have (${unseen.length} lines)`, score(predictAll(model, unseen)))}`,
    );
  }
  // each batch was gathered for different systems and read a different number of times (data/heldout/README.md)
  console.log('\n| batch | lines | macro-F1 | lenient | answers at ≥ 0.8 right |\n|---|---|---|---|---|');
  for (const file of [...new Set(fresh.map((line) => line.file))]) {
    const s = score(
      predictAll(
        model,
        fresh.filter((line) => line.file === file),
      ),
    );
    console.log(
      `| ${file} | ${s.n} | ${s.macroF1.toFixed(3)} | ${s.lenient.toFixed(3)} | ${s.confidentRight.toFixed(3)} (${s.confidentAnswers}) |`,
    );
  }
} else if (args.includes('--far')) {
  // a diagnostic beside the headline: each system left out with every line found at one of its sources
  const far = leaveOneSystemAndSourcesOut(lines);
  console.log(report('leave one system and its sources out', score(far)));
  console.log(`\n${spreadLine(far)}`);
  if (saveTo) saveAnswers(saveTo, far);
} else if (args.includes('--holdout')) {
  const model = trainModel(lines.filter((line) => !isHoldout(line)));
  const held = lines.filter(isHoldout);
  console.log(
    report(
      `development held-out split (${held.length} lines, trained on the other ${lines.length - held.length})`,
      score(predictAll(model, held)),
    ),
  );
} else {
  const loso = leaveOneSystemOut(lines);
  const losoScores = score(loso);
  console.log(report('leave one system out', losoScores));
  console.log(`\n${spreadLine(loso)}`);
  if (saveTo) saveAnswers(saveTo, loso);
  if (args.includes('--systems')) {
    console.log('\n| system | n | accuracy | lenient | needs_triage |\n|---|---|---|---|---|');
    for (const system of [...systems].sort()) {
      const own = loso.filter((p) => systemOf(p.line) === system);
      const s = score(own);
      console.log(
        `| ${system} | ${s.n} | ${s.accuracy.toFixed(2)} | ${s.lenient.toFixed(2)} | ${s.triageRate.toFixed(2)} |`,
      );
    }
  }
  const groupedAnswers = groupedFolds(lines, 5);
  const grouped = score(groupedAnswers);
  console.log(`\n${report('5 folds grouped by message shape', grouped)}`);
  console.log(`\n${spreadLine(groupedAnswers)}`);
  if (saveTo) saveAnswers(groupedPathFor(saveTo), groupedAnswers);
  console.log(
    `\nleave-one-system-out macro-F1 ${losoScores.macroF1.toFixed(3)} (target ≥ ${LOSO_MACRO_F1_TARGET}: ${losoScores.macroF1 >= LOSO_MACRO_F1_TARGET ? 'met' : 'NOT MET'}), expected calibration error ${losoScores.ece.toFixed(3)} (target ≤ ${ECE_TARGET}: ${losoScores.ece <= ECE_TARGET ? 'met' : 'NOT MET'})`,
  );
}
console.log(`bench:accuracy: ${Math.round((Date.now() - started) / 1000)} s`);
