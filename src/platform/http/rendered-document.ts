import type { FastifyReply } from 'fastify';

/** A document in the representation asked for; no content type means JSON. */
export interface RenderedDocument {
  contentType?: string;
  body: unknown;
}

/** The body as rendered, with its content type when it is not JSON. */
export function sendRendered(reply: FastifyReply, document: RenderedDocument): unknown {
  if (document.contentType) void reply.header('content-type', document.contentType);
  return document.body;
}
