// npm run bench:learning: learning from corrections, measured. For each target system, its lines are a
// stream in a fixed order; support settles the first k issues (k = 0, 10, 50): each gets its class from a
// person, reclassified where Seam was wrong, resolved by the team it went to where Seam was right (the
// service learns from both), and the rest of the stream is classified. The model
// underneath never saw the system (trained on all the others), as for a new customer's ERP.
//   npm run bench:learning -- --fresh data/heldout/<file>.jsonl …
//     each system learns from the first k lines of its corpus stream as above, and is tested on its lines in the
//     held-out files named instead of on the rest of its stream: lines gathered apart from the corpus, whose
//     templates the corrections cannot have seen.
import { basename } from 'node:path';
import { OWNER_CLASSES } from '../src/classification/domain/classification.types';
import { correctionFeaturesOf, learnCorrection, NO_CORRECTIONS } from '../src/classification/domain/model/corrections';
import { foldOf, HELDOUT_DIR, loadCorpus, systemOf, type CorpusLine } from './accuracy/corpus';
import { featuresFor, predictAll, score, trainModel, type Prediction } from './accuracy/evaluate';
import { pairedDifferenceByGroup } from './accuracy/spread';
import {
  auditSettled,
  NO_AUDIT,
  verdictOf,
  type LearningAudit,
} from '../src/classification/domain/model/learning-audit';

const KS = [0, 10, 50];
const MIN_STREAM = 60; // a system needs more lines than the largest k, with some left to measure

const lines = loadCorpus();
const started = Date.now();
const freshAt = process.argv.indexOf('--fresh');
const freshFiles = freshAt < 0 ? [] : process.argv.slice(freshAt + 1).map((path) => basename(path));
if (freshAt >= 0 && freshFiles.length === 0) {
  console.error('usage: npm run bench:learning -- --fresh data/heldout/<file>.jsonl …');
  process.exit(2);
}
// the held-out files are read only when named: the stream bench itself never opens data/heldout
const fresh = freshAt < 0 ? [] : loadCorpus(HELDOUT_DIR).filter((line) => freshFiles.includes(line.file));
if (freshFiles.some((file) => !fresh.some((line) => line.file === file))) {
  console.error(`no lines read from one of ${freshFiles.join(', ')} (they must be top-level files of data/heldout)`);
  process.exit(2);
}
const bySystem = new Map<string, CorpusLine[]>();
for (const line of lines) bySystem.set(systemOf(line), [...(bySystem.get(systemOf(line)) ?? []), line]);
const streams = [...bySystem].filter(([, own]) => own.length >= MIN_STREAM).sort(([a], [b]) => (a < b ? -1 : 1));
console.log(
  `# npm run bench:learning, ${new Date().toISOString().slice(0, 10)}: ${streams.length} systems with ≥ ${MIN_STREAM} lines; each stream in a fixed shuffled order, the model trained without its system` +
    (freshAt >= 0 ? `; tested on their lines in ${freshFiles.join(', ')}` : '') +
    '\n',
);
console.log(
  `| system | ${freshAt >= 0 ? 'held-out lines' : 'rest of stream'} | ${KS.map((k) => `accuracy after ${k} corrections`).join(' | ')} | the service's learning audit over the ${Math.max(...KS)} settled |\n|---|---|${KS.map(() => '---').join('|')}|---|`,
);
// every answer after each k: the totals and the steps' intervals below
const answersAfter: Prediction[][] = KS.map(() => []);
// what GET /v1/reports/learning would say after the first k issues: each settled one answered before it is
// learned, by the model alone and with the corrections learned from the ones before it
let audit: LearningAudit = NO_AUDIT;
for (const [system, own] of streams) {
  const stream = [...own].sort((a, b) => foldOf(a.event.eventId, 1_000_003) - foldOf(b.event.eventId, 1_000_003));
  const rest = freshAt >= 0 ? fresh.filter((line) => systemOf(line) === system) : stream.slice(Math.max(...KS));
  if (rest.length === 0) continue;
  const model = trainModel(lines.filter((line) => systemOf(line) !== system));
  const cells = KS.map((k, i) => {
    let corrections = NO_CORRECTIONS;
    // support triages the first k issues: each gets its class from a person (confirmed or corrected)
    for (const line of stream.slice(0, k)) {
      if (k === Math.max(...KS))
        audit = auditSettled(audit, {
          targetSystem: system,
          label: line.label,
          modelAnswer: predictAll(model, [line])[0].leaning,
          learnedAnswer: predictAll(model, [line], corrections)[0].leaning,
        });
      corrections = learnCorrection(
        model,
        corrections,
        featuresFor(line),
        correctionFeaturesOf(featuresFor(line), system, model.common),
        line.label,
      );
    }
    const answers = predictAll(model, rest, corrections);
    answersAfter[i].push(...answers);
    return score(answers).accuracy;
  });
  const settled = audit[system.toLowerCase()];
  const audited = settled ? `${settled.helped} helped, ${settled.hurt} hurt: ${verdictOf(settled).verdict}` : '—';
  console.log(`| ${system} | ${rest.length} | ${cells.map((value) => value.toFixed(3)).join(' | ')} | ${audited} |`);
}
const accuracyOf = (answers: readonly Prediction[]) => score(answers).accuracy;
const overall = answersAfter.map(accuracyOf);
const totals = Object.values(audit).reduce(
  (sum, entry) => ({ helped: sum.helped + entry.helped, hurt: sum.hurt + entry.hurt }),
  {
    helped: 0,
    hurt: 0,
  },
);
console.log(
  `| all | ${answersAfter[0].length} | ${overall.map((value) => `**${value.toFixed(3)}**`).join(' | ')} | ${totals.helped} helped, ${totals.hurt} hurt |`,
);
const rising = overall.every((value, i) => i === 0 || value >= overall[i - 1]);
console.log(
  `\naccuracy on ${freshAt >= 0 ? 'the held-out lines' : 'the rest of the stream'} ${rising ? 'rises' : 'does NOT rise'} with k: ${overall.map((value, i) => `k=${KS[i]} ${value.toFixed(3)}`).join(', ')} (labels: ${OWNER_CLASSES.join(', ')})`,
);
// a step of 0.003 is two lines of 605: each step with its 90% interval when the systems are resampled
const steps = KS.slice(1).map((k, i) => {
  const step = pairedDifferenceByGroup(
    answersAfter[i],
    answersAfter[i + 1],
    (p) => p.line.event.eventId,
    (p) => systemOf(p.line),
    accuracyOf,
  );
  return `k=${KS[i]} → ${k}: ${step.value >= 0 ? '+' : ''}${step.value.toFixed(3)} (${step.low.toFixed(3)} to ${step.high.toFixed(3)})`;
});
console.log(`each step, with its 90% interval over resampled systems: ${steps.join('; ')}`);
console.log(`bench:learning: ${Math.round((Date.now() - started) / 1000)} s`);
