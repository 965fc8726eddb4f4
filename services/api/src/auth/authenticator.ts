import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '@woo/db';

/**
 * How a staff member proves who they are. Password login is one implementation; an OIDC login would be another
 * (its callback route calls `authenticate` with the verified ID token's claims). Whatever the method, the result is
 * an active user, and the session that follows is the same.
 */
export interface Authenticator<Credentials = unknown> {
  readonly method: string;
  /** The active user these credentials belong to, or null. Never says which part was wrong. */
  authenticate(em: EntityManager, credentials: Credentials): Promise<User | null>;
}
