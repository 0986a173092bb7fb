import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';

/**
 * Security headers on every response, HTML or JSON (helmet): nosniff, no framing, no referrer across
 * origins, and a Content-Security-Policy. Scripts only from Seam itself; inline styles are allowed because
 * the OpenAPI page and Bull Board carry them (a style cannot run code). The console sends its own, stricter
 * policy. HSTS only when the public URL is https, or it would pin a plain-http install to a scheme it lacks.
 */
export async function installSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const https = config.PUBLIC_URL?.startsWith('https:') === true;
  await app.register(helmet as never, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });
}
