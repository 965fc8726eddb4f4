import type { EntityManager } from '@mikro-orm/core';
import { Official, Organisation, User } from '@woo/db';

/** The demo login printed by `npm start`. Demo only: never run `npm start` against a production database. */
export const demoLogin = {
  organisationSlug: 'voorbeeldstad',
  organisationName: 'Gemeente Voorbeeldstad',
  email: 'coordinator@voorbeeldstad.example',
  password: 'woo-demo-voorbeeldstad',
} as const;

/**
 * The other demo accounts: a reviewer (a second pair of eyes approves each document's redactions and the draft
 * decision: four eyes) and an administrator (the queues). Same demo-only rule.
 */
export const demoStaff = [
  {
    email: 'toetser@voorbeeldstad.example',
    password: 'woo-demo-toetser',
    displayName: 'Demo toetser (jurist)',
    role: 'reviewer',
  },
  { email: 'beheer@voorbeeldstad.example', password: 'woo-demo-beheer', displayName: 'Demo beheerder', role: 'admin' },
] as const;

/** Officials of the demo organisation: two whose names are not public (5.1.2e), one who acts in public. */
export const demoOfficials = [
  { name: 'Marleen Dijkhuizen', jobTitle: 'beleidsmedewerker verkeer', namePublic: false },
  { name: 'R.J. van Oordt', jobTitle: 'juridisch adviseur', namePublic: false },
  { name: 'Karin Westerveld', jobTitle: 'wethouder mobiliteit', namePublic: true },
] as const;

/** The demo organisation's decision-letter template (an administrator changes it per organisation). */
export const demoLetterTemplate = {
  letterheadName: 'Gemeente Voorbeeldstad',
  addressLines: ['Postbus 1000', '1234 AB Voorbeeldstad', 'www.voorbeeldstad.example · 14 0123'],
  signatoryName: 'J. de Vries',
  signatoryFunction: 'Burgemeester en wethouders van Voorbeeldstad, namens dezen, de Woo-coördinator',
  closingText:
    'Heeft u vragen over dit besluit? Bel ons dan op 14 0123 of mail naar woo@voorbeeldstad.example. Noem daarbij het kenmerk van dit besluit.',
};

export interface DemoData {
  /** False when the demo organisation was there already (a restart). */
  created: boolean;
  organisation: { slug: string; name: string };
  coordinator: { email: string; password: string };
  reviewer: { email: string; password: string };
  admin: { email: string; password: string };
}

/**
 * Makes sure the demo organisation and its staff exist. Idempotent: a restart keeps the demo work and does not
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
  // Also for a demo organisation made before letter templates existed.
  organisation.letterTemplate ??= demoLetterTemplate;
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
  for (const account of demoStaff) {
    if (await em.findOne(User, { email: account.email })) continue;
    em.create(User, {
      organisation,
      email: account.email,
      displayName: account.displayName,
      passwordHash: await deps.hashPassword(account.password),
      role: account.role,
      active: true,
      lastLoginAt: null,
    });
  }
  // A few officials, so detection in the demo finds a non-public official's name and leaves a wethouder's alone.
  if (created) {
    for (const official of demoOfficials) em.create(Official, { organisation, ...official });
  }
  await em.flush();
  return {
    created,
    organisation: { slug: organisation.slug, name: organisation.name },
    coordinator: { email: demoLogin.email, password: demoLogin.password },
    reviewer: { email: demoStaff[0].email, password: demoStaff[0].password },
    admin: { email: demoStaff[1].email, password: demoStaff[1].password },
  };
}
