import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { redactor, SeamLogger } from './seam-logger';

function capture(): { lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

describe('SeamLogger', () => {
  it('writes one JSON object per line with level, context and message', () => {
    const out = capture();
    new SeamLogger('log', out.stream).log('issue 7 opened', 'PipelineService');
    expect(out.lines()).toEqual([
      expect.objectContaining({ level: 'info', context: 'PipelineService', msg: 'issue 7 opened' }),
    ]);
  });

  it('drops lines below its level', () => {
    const out = capture();
    const logger = new SeamLogger('warn', out.stream);
    logger.log('chatty');
    logger.debug('chattier');
    logger.warn('worth reading');
    expect(out.lines().map((line) => line.msg)).toEqual(['worth reading']);
  });

  it('keeps secrets out of messages, stacks and structured fields', () => {
    const out = capture();
    const logger = new SeamLogger('debug', out.stream);
    redactor.remember('integration-signing-secret-42');
    logger.warn('signature for integration-signing-secret-42 did not match', 'IngestController');
    logger.error(
      'cannot reach postgres://seam:pa55word@db/seam',
      'Error: at postgres://seam:pa55word@db/seam',
      'bootstrap',
    );
    logger.log({
      integration: 'shop',
      secret: 'whsec_abcdef123',
      headers: { authorization: 'Bearer seam_abcdefghijklmnopqrstuvwxyz012345' },
    });
    logger.error(new Error('key seam_abcdefghijklmnopqrstuvwxyz012345 is revoked'));
    const text = JSON.stringify(out.lines());
    for (const secret of [
      'integration-signing-secret-42',
      'pa55word',
      'whsec_abcdef123',
      'seam_abcdefghijklmnopqrstuvwxyz012345',
    ])
      expect(text).not.toContain(secret);
    expect(out.lines()).toHaveLength(4);
  });
});
