// How the classifier's figures move with the amount of training data: a diagnostic for deciding between
// gathering more lines and changing the method (docs/classifier.md, "How much more data would buy").
//   npx tsx scripts/accuracy/learning-curve.ts fresh    a share of data/corpus → all of data/heldout (two draws)
//   npx tsx scripts/accuracy/learning-curve.ts extend   half of data/heldout added to training → the other half
//   npx tsx scripts/accuracy/learning-curve.ts loso     leave one system out with the training side thinned
// Shares are drawn by a hash of the eventId, so a run repeats exactly. It reads the held-out lines: use it
// to decide what to do next, never to choose between two versions of the method.
import { createHash } from 'node:crypto';
import { HELDOUT_DIR, loadCorpus, systemOf, type CorpusLine } from './corpus';
import { predictAll, score, trainModel } from './evaluate';

/** a number in [0, 1) fixed by the key */
const drawOf = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
const figures = (s: ReturnType<typeof score>) =>
  `macro-F1 ${s.macroF1.toFixed(3)}  lenient ${s.lenient.toFixed(3)}  ECE ${s.ece.toFixed(3)}  ` +
  `answers at ≥ 0.8 right ${s.confidentRight.toFixed(3)} (${s.confidentAnswers})`;

const corpus = loadCorpus();
const mode = process.argv[2];

if (mode === 'fresh') {
  const fresh = loadCorpus(HELDOUT_DIR);
  for (const draw of ['a', 'b'])
    for (const share of [0.25, 0.5, 0.75]) {
      const train = corpus.filter((line) => drawOf(draw + line.event.eventId) < share);
      console.log(
        `${share} of the corpus, draw ${draw} (${train.length} lines) → ${fresh.length} fresh lines: ${figures(score(predictAll(trainModel(train), fresh)))}`,
      );
    }
  console.log(
    `all ${corpus.length} lines → ${fresh.length} fresh lines: ${figures(score(predictAll(trainModel(corpus), fresh)))}`,
  );
} else if (mode === 'extend') {
  const fresh = loadCorpus(HELDOUT_DIR);
  const base = trainModel(corpus);
  for (const [by, keyOf] of [
    ['system', (line: CorpusLine) => systemOf(line)],
    ['line', (line: CorpusLine) => line.event.eventId],
  ] as const)
    for (const draw of ['a', 'b', 'c']) {
      const added = (line: CorpusLine) => drawOf(draw + keyOf(line)) < 0.5;
      const tested = fresh.filter((line) => !added(line));
      const more = trainModel([...corpus, ...fresh.filter(added)]);
      console.log(
        `by ${by}, draw ${draw}, ${tested.length} lines tested: corpus only ${figures(score(predictAll(base, tested)))}`,
      );
      console.log(
        `by ${by}, draw ${draw}, + ${fresh.length - tested.length} fresh lines:   ${figures(score(predictAll(more, tested)))}`,
      );
    }
} else if (mode === 'loso') {
  for (const share of [0.5, 0.75]) {
    const answers = [];
    for (const system of [...new Set(corpus.map(systemOf))].sort()) {
      const train = corpus.filter((line) => systemOf(line) !== system && drawOf('a' + line.event.eventId) < share);
      answers.push(
        ...predictAll(
          trainModel(train),
          corpus.filter((line) => systemOf(line) === system),
        ),
      );
    }
    console.log(`leave one system out, ${share} of the training side: ${figures(score(answers))}`);
  }
} else {
  console.error('usage: npx tsx scripts/accuracy/learning-curve.ts fresh|extend|loso');
  process.exit(2);
}
