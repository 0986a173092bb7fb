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
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof SeamError) {
      const statusCode = httpStatusOf(exception.code);
      return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message: exception.details, code: exception.code };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      return { statusCode, error: STATUS_TEXT[statusCode] ?? exception.name, message: asLines(message ?? exception.message) };
    }
    // Errors Fastify raises before a handler runs (unparsable JSON, body over the limit, wrong content type).
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      const statusCode = fastifyError.statusCode;
      const message = fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body is larger than the configured limit' : `body ${fastifyError.message ?? 'is invalid'}`;
      return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message: [message] };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: STATUS_TEXT[500], message: ['internal error'] };
  }
}
