import { ERROR_OBJECTS, ERROR_PREDICATES } from './concept-lexicon';
import { wordsOf } from './features';

/**
 * The concepts of error language: what a message says went wrong (a predicate: not found, already exists,
 * closed period, …) and what it is about (an object: configuration, master data, the API's own plumbing, …),
 * each from a lexicon of the phrasings vendors use (concept-lexicon.ts). "does not exist", "cannot be found"
 * and "unknown" are one concept to the model, so what it learns on one system's wording carries to another's.
 */
interface Phrase {
  rest: readonly string[];
  /** index into PREDICATE_NAMES for a predicate, or into OBJECT_NAMES for an object */
  concept: number;
  predicate: boolean;
}

const PREDICATE_NAMES = Object.keys(ERROR_PREDICATES);
const OBJECT_NAMES = Object.keys(ERROR_OBJECTS);
// every feature name made once: a string made once is hashed once, not on every message
const PREDICATE_FEATURES = PREDICATE_NAMES.map((name) => `c:${name}`);
const OBJECT_FEATURES = OBJECT_NAMES.map((name) => `c:${name}`);
const PAIR_FEATURES = PREDICATE_NAMES.map((p) => OBJECT_NAMES.map((o) => `cc:${p}|${o}`));

let byFirstWord: Map<string, Phrase[]> | undefined;
function indexed(): Map<string, Phrase[]> {
  // built on first use: features.ts (wordsOf) and this module import each other
  if (byFirstWord) return byFirstWord;
  const index = new Map<string, Phrase[]>();
  const add = (lexicon: Readonly<Record<string, readonly string[]>>, names: readonly string[], predicate: boolean) =>
    names.forEach((name, concept) => {
      for (const phrase of lexicon[name]) {
        const words = wordsOf(phrase);
        // a number is <num> to the model: a phrase like "404" would match every number
        if (words.length === 0 || words.some((word) => word.startsWith('<'))) continue;
        const list = index.get(words[0]) ?? [];
        list.push({ rest: words.slice(1), concept, predicate });
        index.set(words[0], list);
      }
    });
  add(ERROR_PREDICATES, PREDICATE_NAMES, true);
  add(ERROR_OBJECTS, OBJECT_NAMES, false);
  return (byFirstWord = index);
}

/**
 * The concepts a message's words name (`c:<concept>`), and each predicate paired with each object
 * (`cc:not_found|configuration`): "tax code does not exist" and "VAT rate not found" are one pair.
 * Every phrase that matches counts, overlapping ones too ("line item" is a line and names an item).
 */
export function conceptsOf(words: readonly string[]): string[] {
  const index = indexed();
  const out: string[] = [];
  const predicates: number[] = [];
  const objects: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (i + phrase.rest.length >= words.length) continue;
      let matches = true;
      for (let j = 0; matches && j < phrase.rest.length; j++) matches = words[i + 1 + j] === phrase.rest[j];
      if (!matches) continue;
      const seen = phrase.predicate ? predicates : objects;
      if (seen.includes(phrase.concept)) continue;
      seen.push(phrase.concept);
      out.push((phrase.predicate ? PREDICATE_FEATURES : OBJECT_FEATURES)[phrase.concept]);
    }
  }
  for (const p of predicates) for (const o of objects) out.push(PAIR_FEATURES[p][o]);
  return out;
}
