import type { EntityManager } from '@mikro-orm/core';
import { Organisation, User } from '@woo/db';

/** The demo login printed by `npm start`. Demo only: never run `npm start` against a production database. */
export const demoLogin = {
  organisationSlug: 'voorbeeldstad',
  organisationName: 'Gemeente Voorbeeldstad',
  email: 'coordinator@voorbeeldstad.example',
  password: 'woo-demo-voorbeeldstad',
} as const;

export interface DemoData {
  /** False when the demo organisation was there already (a restart). */
  created: boolean;
  organisation: { slug: string; name: string };
  coordinator: { email: string; password: string };
}

/**
 * Makes sure the demo organisation and its coordinator exist. Idempotent: a restart keeps the demo work and does not
 * reset a password someone changed.
 */
export async function seedDemoData(
  em: EntityManager,
  deps: { hashPassword: (password: string) => Promise<string> },
): Promise<DemoData> {
  let organisation = await em.findOne(Organisation, { slug: demoLogin.organisationSlug });
  const created = !organisation;
  if (!organisation) {
    organisation = em.create(Organisation, {
      slug: demoLogin.organisationSlug,
      name: demoLogin.organisationName,
      tooiIdentifier: null,
      firstContactNormWorkingDays: 3,
    });
  }
  const coordinator = await em.findOne(User, { email: demoLogin.email });
  if (!coordinator) {
    em.create(User, {
      organisation,
      email: demoLogin.email,
      displayName: 'Demo Woo-coördinator',
      passwordHash: await deps.hashPassword(demoLogin.password),
      role: 'coordinator',
      active: true,
      lastLoginAt: null,
    });
  }
  await em.flush();
  return {
    created,
    organisation: { slug: organisation.slug, name: organisation.name },
    coordinator: { email: demoLogin.email, password: demoLogin.password },
  };
}
