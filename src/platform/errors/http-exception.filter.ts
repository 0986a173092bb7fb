import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { httpStatusOf, SeamError } from './seam-error';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string[];
  code?: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// Postgres or its connection went away (server stopping, restarting, unreachable, out of connections)
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down)/i;

/** A dependency outage is the service being briefly unavailable (503, retry), not an internal error. */
export function isDependencyOutage(exception: unknown): boolean {
  const error = exception as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | null;
  if (!error || typeof error !== 'object') return false;
  if (typeof error.code === 'string' && UNAVAILABLE_CODES.has(error.code)) return true;
  if (typeof error.message === 'string' && UNAVAILABLE_MESSAGE.test(error.message)) return true;
  return isDependencyOutage(error.driverError) || isDependencyOutage(error.cause);
}

/** Seconds a client should wait before retrying during an outage. */
export const OUTAGE_RETRY_AFTER_S = 2;

// Fastify's own 4xx errors, raised before a handler runs, as lines that name the body.
const BODY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body is larger than the configured limit',
  FST_ERR_CTP_INVALID_JSON_BODY: 'body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body must not be empty when content-type is application/json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'body has an unsupported content-type; send application/json',
};

function fastifyBodyError(error: unknown): ErrorBody | undefined {
  const fastifyError = error as { statusCode?: unknown; code?: string; message?: string } | null;
  if (typeof fastifyError?.statusCode !== 'number' || fastifyError.statusCode < 400 || fastifyError.statusCode >= 500)
    return undefined;
  const statusCode = fastifyError.statusCode;
  const message = BODY_ERRORS[fastifyError.code ?? ''] ?? `body ${fastifyError.message ?? 'is invalid'}`;
  return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message: [message] };
}

function asLines(message: unknown): string[] {
  if (Array.isArray(message)) return message.map(String);
  return [String(message ?? '')];
}

/** One error shape for every response: { statusCode, error, message: [lines naming the field and rule] }. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      this.logger.warn(`answered 503: ${exception instanceof Error ? exception.message : String(exception)}`);
      void reply.header('retry-after', String(OUTAGE_RETRY_AFTER_S));
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof SeamError) {
      const statusCode = httpStatusOf(exception.code);
      return {
        statusCode,
        error: STATUS_TEXT[statusCode] ?? 'Error',
        message: exception.details,
        code: exception.code,
      };
    }
    if (exception instanceof HttpException) {
      // Nest's Fastify adapter wraps Fastify's 4xx errors (unparsable JSON, wrong content type, body over the limit) in an HttpException
      const wrapped =
        (exception.cause as Error | undefined)?.name === 'FastifyError' ? fastifyBodyError(exception.cause) : undefined;
      if (wrapped) return wrapped;
      // the adapter's own refusal of a urlencoded body with a __proto__ key
      if (exception.message === 'Object contains forbidden prototype property')
        return { statusCode: 400, error: STATUS_TEXT[400], message: ['body contains a forbidden __proto__ key'] };
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      return {
        statusCode,
        error: STATUS_TEXT[statusCode] ?? exception.name,
        message: asLines(message ?? exception.message),
      };
    }
    // Errors Fastify raises before a handler runs (unparsable JSON, body over the limit, wrong content type), unwrapped.
    const bodyError = fastifyBodyError(exception);
    if (bodyError) return bodyError;
    if (isDependencyOutage(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: STATUS_TEXT[503],
        message: [
          `the database is unavailable; retry after ${OUTAGE_RETRY_AFTER_S} s (a retried event is never stored twice)`,
        ],
      };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: STATUS_TEXT[500], message: ['internal error'] };
  }
}
