import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OWNERSHIP_STYLE } from '../escalation/domain/ownership-doc';
import { join } from 'node:path';
import { Body, Controller, Get, Header, HttpCode, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentCaller, Public, Requires } from '../access/access.decorators';
import { IssueQueryDto } from '../issues/dto/issue-query.dto';
import { ConsoleService } from './console.service';
import { cookieOf, SESSION_COOKIE } from '../access/domain/api-key';
import { allows, PERMISSIONS } from '../access/domain/permissions';
import { KeyStore, type Caller } from '../access/key.store';
import { AppConfig } from '../platform/config/app-config';
import { SeamError } from '../platform/errors/seam-error';
import { SIGN_IN_BODY_LIMIT_BYTES, WithRouteConfig } from '../platform/http/route-config';
import { RequestAuthenticator } from '../access/request-authenticator';

// The console's files ship with the service (no CDN): src/console → repo root in development, dist/console → the same root when built.
const ASSETS = join(__dirname, '..', '..', 'console');
const FILES: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};
const SESSION_HOURS = 12;
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
    private readonly keys: KeyStore,
    private readonly config: AppConfig,
    private readonly authenticator: RequestAuthenticator,
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
    const session = await this.keys.openSession(body.key, SESSION_HOURS);
    if (!session) {
      await this.authenticator.recordFailure(request.ip);
      throw new HttpException(
        { statusCode: 401, error: 'Unauthorized', message: ['the API key is unknown or revoked'] },
        401,
      );
    }
    if (!allows(session.caller.role, 'console.use')) {
      await this.keys.closeSession(session.token);
      throw new HttpException(
        {
          statusCode: 403,
          error: 'Forbidden',
          message: [
            `console.use needs one of the roles ${PERMISSIONS['console.use'].roles.join(', ')}; this key's role is ${session.caller.role}`,
          ],
        },
        403,
      );
    }
    // Secure in production whatever PUBLIC_URL says (browsers accept it on http://localhost too), and wherever Seam is served over https
    const secure =
      this.config.NODE_ENV === 'production' || this.config.PUBLIC_URL?.startsWith('https:') ? '; Secure' : '';
    void reply.header(
      'set-cookie',
      `${SESSION_COOKIE}=${session.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_HOURS * 3600}${secure}`,
    );
    return { name: session.caller.name, role: session.caller.role, expiresAt: session.expiresAt };
  }

  @Post('session/end')
  @Public()
  @WithRouteConfig({ sessionRoute: true })
  @HttpCode(204)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = cookieOf(request.headers.cookie, SESSION_COOKIE);
    if (token) await this.keys.closeSession(token);
    void reply.header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
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
