import { parse } from 'cookie';
import type { Request, Response } from 'express';

/**
 * The session cookie: HttpOnly, SameSite=Strict, path /. Over HTTPS it is also Secure and uses
 * the __Host- prefix, which browsers only accept from a secure origin without a Domain.
 */
export class SessionCookie {
  readonly name: string;
  private readonly secure: boolean;

  constructor(publicOrigin: string) {
    this.secure = publicOrigin.startsWith('https:');
    this.name = this.secure ? '__Host-ptk_session' : 'ptk_session';
  }

  read(req: Request): string | undefined {
    const header = req.headers.cookie;
    return header ? parse(header)[this.name] : undefined;
  }

  set(res: Response, token: string, expiresAt: string): void {
    res.cookie(this.name, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: '/',
      expires: new Date(expiresAt),
    });
  }

  clear(res: Response): void {
    res.clearCookie(this.name, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: '/',
    });
  }
}
