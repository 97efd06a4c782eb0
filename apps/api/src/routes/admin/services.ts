import type { AuthService } from '../../auth/auth-service.js';
import type { SessionCookie } from '../../auth/session-cookie.js';
import type { Stores } from '../../store/open-store.js';

/** What the admin routes work with. */
export interface AdminServices {
  stores: Stores;
  auth: AuthService;
  cookie: SessionCookie;
  clock: () => number;
}
