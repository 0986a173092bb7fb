import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinearModel } from './domain/model/linear-model';

/**
 * The trained model as committed (data/model/seam-model.json, written by `npm run train`). The same path
 * from src/classification (tsx, tests) and dist/classification (built): both are two levels under the root.
 */
export const MODEL_FILE = join(__dirname, '..', '..', 'data', 'model', 'seam-model.json');

let loaded: LinearModel | undefined;

export function loadModel(file = MODEL_FILE): LinearModel | undefined {
  if (file === MODEL_FILE && loaded) return loaded;
  if (!existsSync(file)) return undefined;
  const model = JSON.parse(readFileSync(file, 'utf8')) as LinearModel;
  if (model.version !== 1 || !Array.isArray(model.bias) || typeof model.weights !== 'object')
    throw new Error(`${file} is not a Seam model (version 1)`);
  if (file === MODEL_FILE) loaded = model;
  return model;
}
