// npm run train: trains the classifier's model on data/corpus and writes data/model/seam-model.json.
// Deterministic: the same corpus gives the same file. `-- --without-holdout` leaves the development
// held-out split out (scripts/accuracy/corpus.ts), as while the method was being chosen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODEL_FILE } from '../src/classification/model-file';
import { isHoldout, loadCorpus } from './accuracy/corpus';
import { trainModel } from './accuracy/evaluate';

const withoutHoldout = process.argv.includes('--without-holdout');
const lines = loadCorpus().filter((line) => !withoutHoldout || !isHoldout(line));
const started = Date.now();
const model = trainModel(lines);
mkdirSync(dirname(MODEL_FILE), { recursive: true });
// one feature per line: a diff of a retrained model reads feature by feature
const body = Object.entries(model.weights)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([feature, row]) => `    ${JSON.stringify(feature)}: ${JSON.stringify(row)}`)
  .join(',\n');
const { weights: _weights, ...head } = model;
const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
writeFileSync(MODEL_FILE, `${headText},\n  "weights": {\n${body}\n  }\n}\n`);
console.log(
  `trained on ${model.trainedOn.lines} lines from ${model.trainedOn.systems} systems: ${model.trainedOn.features} features, temperature ${model.temperature}, in ${((Date.now() - started) / 1000).toFixed(1)} s → ${MODEL_FILE}`,
);
