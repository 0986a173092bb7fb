import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OWNERSHIP_STYLE } from '../escalation/domain/ownership-doc';
import { join } from 'node:path';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentCaller, Public, Requires } from '../access/access.decorators';
import { IssueQueryDto } from '../issues/dto/issue-query.dto';
import { ConsoleService } from './console.service';
import { cookieOf, SESSION_COOKIE } from '../access/domain/api-key';
import type { Caller } from '../access/key.store';
import { AppConfig } from '../platform/config/app-config';
import { SeamError } from '../platform/errors/seam-error';
import { SIGN_IN_BODY_LIMIT_BYTES, WithRouteConfig } from '../platform/http/route-config';
import { ConsoleSessionService } from './console-session.service';

// The console's files ship with the service (no CDN): src/console → repo root in development, dist/console → the same root when built.
const ASSETS = join(__dirname, '..', '..', 'console');
const FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};
// The ownership document shows in a frame whose srcdoc inherits this policy: its one inline style is
// allowed by hash (that exact text, nothing an attacker could add), other inline styles stay blocked.
const OWNERSHIP_STYLE_HASH = `'sha256-${createHash('sha256').update(OWNERSHIP_STYLE).digest('base64')}'`;
const CONSOLE_CSP = `default-src 'self'; img-src 'self' data:; style-src 'self' ${OWNERSHIP_STYLE_HASH}; script-src 'self'; frame-src 'self'; frame-ancestors 'none'`;

export class RecordLookupDto {
  @IsString()
  @Length(1, 200)
  q: string;
}

export class SignInDto {
  @IsString()
  @Length(8, 300)
  key: string;
}

/** The support console: a page, its two assets, and sign-in by API key into an httpOnly session cookie. */
@ApiExcludeController()
@Controller('console')
export class ConsoleController {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly config: AppConfig,
    private readonly sessions: ConsoleSessionService,
    private readonly console: ConsoleService,
  ) {}

  @Get()
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', CONSOLE_CSP)
  page(): string {
    return this.file('index.html');
  }

  @Get('assets/:file')
  @Public()
  asset(@Param('file') name: string, @Res({ passthrough: true }) reply: FastifyReply): string {
    // own keys only: FILES.constructor is Object's constructor, which is not a content type
    const type = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (!type) throw new SeamError('console.asset_not_found', [`no console asset ${name}`]);
    void reply.header('content-type', type).header('cache-control', 'no-cache');
    return this.file(name);
  }

  @Post('session')
  @Public()
  @WithRouteConfig({ sessionRoute: true, bodyLimit: SIGN_IN_BODY_LIMIT_BYTES })
  @HttpCode(200)
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { answer, cookie } = await this.sessions.signIn(body.key, request.ip);
    void reply.header('set-cookie', cookie);
    return answer;
  }

  @Post('session/end')
  @Public()
  @WithRouteConfig({ sessionRoute: true })
  @HttpCode(204)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    void reply.header('set-cookie', await this.sessions.signOut(cookieOf(request.headers.cookie, SESSION_COOKIE)));
  }

  @Get('session')
  @Requires('console.use')
  whoAmI(@Req() request: FastifyRequest & { caller?: Caller }) {
    return { name: request.caller?.name, role: request.caller?.role };
  }

  /**
   * What the issues view's header shows: open issues per class, issues per class under the list's own
   * filters (GET /v1/issues's), and failures per hour per class over a day.
   */
  @Get('summary')
  @Requires('issues.read')
  summary(@Query() query: IssueQueryDto, @CurrentCaller() caller?: Caller) {
    return this.console.summary(query, caller);
  }

  /** Records whose source id, target id or label contains q (any case), each with its history across issues. */
  @Get('records')
  @Requires('issues.read')
  records(@Query() query: RecordLookupDto) {
    return this.console.lookup(query.q);
  }

  /** Every stored event about one source record, newest first: the record lookup's second half. */
  @Get('records/:id/events')
  @Requires('issues.read')
  recordEvents(@Param('id') id: string) {
    return this.console.recordEvents(id);
  }

  private file(name: string): string {
    let text = this.cache.get(name);
    if (text === undefined) {
      text = readFileSync(join(ASSETS, name), 'utf8');
      if (this.config.NODE_ENV === 'production') this.cache.set(name, text);
    }
    return text;
  }
}
