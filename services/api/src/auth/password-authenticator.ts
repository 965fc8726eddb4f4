import { User } from '@woo/db';
import type { Authenticator } from './authenticator.js';
import { hashPassword, verifyPassword } from './password.js';

export interface PasswordCredentials {
  email: string;
  password: string;
}

/** E-mail and password, checked with argon2. */
export function passwordAuthenticator(): Authenticator<PasswordCredentials> {
  // An unknown e-mail address still costs one argon2 verification, so timing does not tell which addresses exist.
  let dummyHash: Promise<string> | undefined;
  return {
    method: 'password',
    async authenticate(em, { email, password }) {
      const user = await em.findOne(User, { email: email.trim().toLowerCase() });
      if (!user || !user.active || !user.passwordHash) {
        dummyHash ??= hashPassword('not-a-real-password');
        await verifyPassword(await dummyHash, password);
        return null;
      }
      return (await verifyPassword(user.passwordHash, password)) ? user : null;
    },
  };
}
