// One classifier's answers on a set of lines, saved so that two classifiers can be compared line by line
// (scripts/accuracy/compare.ts). Ids, labels and answers only: no message text, so saving the answers on
// held-out lines shows nothing of them.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Classification, OwnerClass } from '../../src/classification/domain/classification.types';
import { systemOf } from './corpus';
import type { Prediction } from './evaluate';

export interface SavedAnswer {
  eventId: string;
  file: string;
  system: string;
  label: OwnerClass;
  altLabel: OwnerClass | null;
  classification: Classification;
  confidence: number;
}

export function saveAnswers(path: string, predictions: readonly Prediction[]): void {
  const saved = predictions.map((p): SavedAnswer => ({
    eventId: p.line.event.eventId,
    file: p.line.file,
    system: systemOf(p.line),
    label: p.line.label,
    altLabel: p.line.altLabel,
    classification: p.classification,
    confidence: p.confidence,
  }));
  writeFileSync(path, saved.map((answer) => JSON.stringify(answer)).join('\n') + '\n');
}

export function loadAnswers(path: string): SavedAnswer[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => JSON.parse(text) as SavedAnswer);
}

/** The saved answer in the shape score() reads. */
export function asPrediction(answer: SavedAnswer): Prediction {
  return {
    line: {
      event: { eventId: answer.eventId, target: { system: answer.system } },
      label: answer.label,
      altLabel: answer.altLabel,
      file: answer.file,
    },
    classification: answer.classification,
    // the leaning is not saved, and score() does not read it
    leaning: answer.classification as OwnerClass,
    confidence: answer.confidence,
  } as unknown as Prediction;
}
