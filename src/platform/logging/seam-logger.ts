import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import { REDACT_PATHS, Redactor } from './redaction';

/** Nest's levels in pino's terms ('log' is info, 'verbose' is trace). */
const PINO_LEVEL: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** The secrets this process knows (admin key, signing secrets): every logger scrubs them. */
export const redactor = new Redactor();

/**
 * Nest's own start-up chatter (a line per module and ~90 per route): at the service's `log` level it buried
 * the one line saying where Seam serves, so it is written at `debug` (LOG_LEVEL=debug shows it again).
 */
const FRAMEWORK_CHATTER = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/**
 * The one line that carries a secret on purpose: the admin key generated at first start is how a new user
 * gets in, and the redactor would print `seam_[redacted]`. Written whatever LOG_LEVEL says, in the same JSON
 * shape as every other line; its callers make sure it happens once.
 */
export function announceUnredacted(
  context: string,
  message: string,
  destination: DestinationStream = pino.destination({ fd: 1, sync: true }),
): void {
  const options = { base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  pino({ ...options, formatters: { level: (label) => ({ level: label }) } }, destination).info({ context }, message);
}

/**
 * Every log line of the service as one JSON object on stdout (pino), with secrets removed twice over:
 * pino's path redaction for structured fields, and the redactor for free text (messages and stacks),
 * which is where keys and URLs with passwords actually turn up.
 */
export class SeamLogger implements LoggerService {
  readonly pino: PinoLogger;

  constructor(level: LogLevel, destination?: DestinationStream) {
    this.pino = pino(
      {
        level: PINO_LEVEL[level],
        base: { pid: process.pid },
        redact: { paths: REDACT_PATHS, censor: '[redacted]' },
        formatters: { level: (label) => ({ level: label }) },
        timestamp: pino.stdTimeFunctions.isoTime,
      },
      // synchronous: the last lines before a crash or a kill are the ones worth having
      destination ?? pino.destination({ fd: 1, sync: true }),
    );
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write(FRAMEWORK_CHATTER.has(rest.at(-1) as string) ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack, context) for errors
    const [stack, ...others] = rest;
    if (typeof stack === 'string' && others.length > 0) this.write('error', message, others, stack);
    else this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  flush(): void {
    this.pino.flush();
  }

  private write(level: pino.Level, message: unknown, rest: unknown[], stack?: string): void {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest appends the context name as the last string argument
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (stack) fields.stack = redactor.text(stack);
    if (message instanceof Error) {
      fields.err = {
        type: message.name,
        message: redactor.text(message.message),
        stack: redactor.text(message.stack ?? ''),
      };
      this.pino[level](fields, redactor.text(message.message));
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(scrubStrings(message) as object) });
    } else {
      this.pino[level](fields, redactor.text(String(message)));
    }
  }
}

/** Free text inside a structured value is scrubbed too; field names are pino's redaction's job. */
function scrubStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactor.text(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubStrings(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubStrings(item, depth + 1)]));
}
