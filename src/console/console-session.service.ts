import { HttpException, Injectable } from '@nestjs/common';
import { SESSION_COOKIE } from '../access/domain/api-key';
import { allows, PERMISSIONS } from '../access/domain/permissions';
import { KeyStore } from '../access/key.store';
import { RequestAuthenticator } from '../access/request-authenticator';
import { AppConfig } from '../platform/config/app-config';

export const SESSION_HOURS = 12;

export interface SignedIn {
  answer: { name: string; role: string; expiresAt: string | Date };
  /** the Set-Cookie value that carries the session */
  cookie: string;
}

/** Sign-in to the console with an API key, into an httpOnly session cookie; and sign-out. */
@Injectable()
export class ConsoleSessionService {
  constructor(
    private readonly keys: KeyStore,
    private readonly config: AppConfig,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async signIn(key: string, clientAddress: string): Promise<SignedIn> {
    const session = await this.keys.openSession(key, SESSION_HOURS);
    if (!session) {
      await this.authenticator.recordFailure(clientAddress);
      throw new HttpException(
        { statusCode: 401, error: 'Unauthorized', message: ['the API key is unknown or revoked'] },
        401,
      );
    }
    if (!allows(session.caller.role, 'console.use')) {
      await this.keys.closeSession(session.token);
      const roles = PERMISSIONS['console.use'].roles.join(', ');
      throw new HttpException(
        {
          statusCode: 403,
          error: 'Forbidden',
          message: [`console.use needs one of the roles ${roles}; this key's role is ${session.caller.role}`],
        },
        403,
      );
    }
    // Secure in production whatever PUBLIC_URL says (browsers accept it on http://localhost too), and wherever Seam is served over https
    const secure =
      this.config.NODE_ENV === 'production' || this.config.PUBLIC_URL?.startsWith('https:') ? '; Secure' : '';
    return {
      answer: { name: session.caller.name, role: session.caller.role, expiresAt: session.expiresAt },
      cookie: `${SESSION_COOKIE}=${session.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_HOURS * 3600}${secure}`,
    };
  }

  /** Ends the session the cookie carries, if any; the Set-Cookie value that clears it. */
  async signOut(token: string | undefined): Promise<string> {
    if (token) await this.keys.closeSession(token);
    return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  }
}
