import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Requests Node's HTTP parser refuses before any route is matched (a request head over 16 KiB, a malformed
 * request line) are answered here, on the socket, in Seam's error shape like every other 4xx: Fastify's
 * default answer has `message` as a string. Mirrors Fastify's defaultClientErrorHandler otherwise.
 */
export function seamClientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text, line] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'request was not received in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'Request Header Fields Too Large',
            'request line and headers are larger than 16 KiB (a query string counts)',
          ]
        : [400, 'Bad Request', 'request is not valid HTTP/1.1'];
  const body = JSON.stringify({ statusCode: status, error: text, message: [line] });
  // an answer to HEAD has no body (the client would read it as the start of another answer)
  const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${text}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${head ? '' : body}`,
    );
  }
  socket.destroy(error);
}

const FRAMEWORK_LINES: Record<string, string> = {
  FST_ERR_BAD_URL: 'path is not a valid URL component (a "%" must start an escape like %25)',
  FST_ERR_MAX_PARAM_LENGTH: 'path has a parameter longer than the router takes (100 characters)',
};

/**
 * Fastify's router refuses some URLs before any route or hook runs (a broken %-escape in the path, a
 * parameter over maxParamLength) and answers them with `message` as a string: Seam's error shape instead.
 */
export function seamFrameworkErrors(
  error: Error & { code?: string; statusCode?: number },
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode ?? 400;
  const text = status === 414 ? 'URI Too Long' : 'Bad Request';
  void reply
    .code(status)
    .send({ statusCode: status, error: text, message: [FRAMEWORK_LINES[error.code ?? ''] ?? `path ${error.message}`] });
}
