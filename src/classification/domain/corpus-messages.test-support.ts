import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every message of data/corpus, for tests that check a reading of patterns against real text. */
export function corpusMessages(): string[] {
  const dir = join(__dirname, '..', '..', '..', 'data', 'corpus');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { event: { error?: { message?: string } } }).event.error?.message ?? '');
}
