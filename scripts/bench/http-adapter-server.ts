// One side of the HTTP adapter A/B (scripts/bench/http-adapter.ts): a Nest app with the webhook's own
// request handling (parse, validate, answer 202), no database and no queue, on Fastify or Express.
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { parseEvents } from '../../src/intake/dto/parse-events';
import { BODY_LIMIT_BYTES } from '../../src/bootstrap';

let stored = 0;

@Controller('v1/events')
class WebhookController {
  @Post()
  @HttpCode(202)
  receive(@Body() body: unknown) {
    const events = parseEvents(body);
    return { accepted: events.length, duplicates: 0, ids: events.map(() => String(++stored)) };
  }
}

@Module({ controllers: [WebhookController] })
class WebhookModule {}

async function main(): Promise<void> {
  const adapter = process.argv[2];
  let app: INestApplication;
  if (adapter === 'express') {
    const express = await NestFactory.create<NestExpressApplication>(WebhookModule, {
      logger: false,
      bodyParser: false,
    });
    // Express's JSON parser with the same body limit as Fastify's
    express.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
    app = express;
  } else {
    app = await NestFactory.create(WebhookModule, new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }), {
      logger: false,
    });
  }
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`${address.port}\n`);
  // the bench holds our stdin: when it closes (the bench ended or died), so do we
  process.stdin.on('end', () => process.exit(0)).resume();
}

void main();
