// The operators' queue dashboard: Bull Board over every queue of the workers (incl. one `detect.<ground>` queue per
// exemption ground), under /admin/queues, for the admin role only — and, when the installation names an operator
// organisation (OPERATOR_ORGANISATION), only for that organisation's admins: the queues hold every organisation's jobs.
//
// Bull Board is an express app of its own, outside the route registry, so it gets the same checks by hand, in this
// order: a valid session (401), the permission `queues.manage` and the operator organisation (403), and for every
// unsafe method the CSRF check.
// Bull Board's own script sends its PUTs without the X-Requested-With header the rest of the API asks for, so
// here a state-changing request must come from our own origin instead: its Origin header (which browsers always
// send with PUT/POST/PATCH/DELETE and which a page cannot set) must name this host; the header still counts for
// API clients. With the SameSite=Strict session cookie that is the same protection by another standard header.
// And of the many things Bull Board can change, only retrying failed jobs is allowed: editing job data or adding
// jobs would bypass the outbox and the ids-only payload policy, and emptying or obliterating a queue would lose work
// that PostgreSQL still expects.
import type { MikroORM } from '@mikro-orm/postgresql';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Organisation } from '@woo/db';
import { allJobs } from '@woo/queue';
import { DomainError } from '@woo/domain';
import { Queue } from 'bullmq';
import { Router, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { CSRF_HEADER } from '../auth/csrf.js';
import { isAllowed } from '../auth/permissions.js';
import { readSessionCookie } from '../auth/session-cookie.js';
import type { SessionStore } from '../auth/session-store.js';
import { loadStaffSession, unauthenticated } from '../auth/staff-access.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export interface QueueDashboardDeps {
  orm: MikroORM;
  sessions: SessionStore;
  /** A Redis connection the dashboard's queues share (not a blocking one: the dashboard only reads and retries). */
  redis: Redis;
  /** The BullMQ key prefix of the workers (QUEUE_PREFIX). */
  queuePrefix: string;
  /** Slug of the organisation whose admins operate the installation; without it, every organisation's admins. */
  operatorOrganisation?: string;
}

export interface QueueDashboard {
  router: Router;
  /** The names of the queues shown. */
  queues: readonly string[];
  close(): Promise<void>;
}

/** Every queue a job contract names, sorted: the workers' queues, whichever process consumes them. */
export function workerQueueNames(): string[] {
  return [...new Set(allJobs.map((contract) => contract.queue))].sort();
}

function forbidden(): DomainError {
  return new DomainError('auth.forbidden', {
    nl: 'Alleen een beheerder mag de wachtrijen zien.',
    en: 'Only an administrator may see the queues.',
  });
}

function notOperator(): DomainError {
  return new DomainError('auth.forbidden', {
    nl: 'Alleen de beheerders van de organisatie die deze installatie beheert, mogen de wachtrijen zien.',
    en: 'Only the administrators of the organisation that runs this installation may see the queues.',
  });
}

function csrfForbidden(): DomainError {
  return new DomainError('csrf.forbidden', {
    nl: 'Dit verzoek komt niet van deze site. Open de wachtrijen opnieuw en probeer het nog eens.',
    en: 'This request does not come from this site. Open the queues again and try once more.',
  });
}

function actionForbidden(): DomainError {
  return new DomainError('queues.forbidden', {
    nl: 'Hier kunt u alleen mislukte taken opnieuw laten proberen.',
    en: 'Here you can only retry failed jobs.',
  });
}

/** The unsafe requests the dashboard may make: retry one failed job, or every failed job of a queue. */
const allowedChanges = [/^\/api\/queues\/[^/]+\/[^/]+\/retry$/, /^\/api\/queues\/[^/]+\/retry\/failed$/];

function fromThisOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function createQueueDashboard(deps: QueueDashboardDeps): QueueDashboard {
  const names = workerQueueNames();
  const queues = names.map((name) => new Queue(name, { connection: deps.redis, prefix: deps.queuePrefix }));
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false, allowRetries: true })),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Woo — wachtrijen',
        locale: { lng: 'nl-NL' },
        hideDocsLink: true,
        miscLinks: [{ text: 'Terug naar het werkoverzicht', url: '/cases' }],
      },
    },
  });

  // The operator organisation's id, looked up once it exists (the queues hold every organisation's jobs).
  let operatorId: string | undefined;
  const isOperator = async (organisationId: string): Promise<boolean> => {
    if (!deps.operatorOrganisation) return true;
    operatorId ??= (
      await deps.orm.em.fork().findOne(Organisation, { slug: deps.operatorOrganisation }, { fields: ['id'] })
    )?.id;
    return operatorId !== undefined && operatorId === organisationId;
  };

  const requireAdmin: RequestHandler = async (req, _res, next) => {
    const staff = await loadStaffSession(deps.orm, deps.sessions, readSessionCookie(req));
    if (!staff) throw unauthenticated();
    if (!isAllowed(staff.role, 'queues.manage')) throw forbidden();
    if (!(await isOperator(staff.organisationId))) throw notOperator();
    req.staff = staff;
    next();
  };
  const guardChanges: RequestHandler = (req, _res, next) => {
    const safe = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
    if (safe) return next();
    const sameOrigin =
      fromThisOrigin(req.header('origin'), req.header('host')) || (req.header(CSRF_HEADER) ?? '').length > 0;
    if (!sameOrigin) throw csrfForbidden();
    if (req.method !== 'PUT' || !allowedChanges.some((pattern) => pattern.test(req.path))) throw actionForbidden();
    next();
  };

  const router = Router();
  router.use(QUEUE_DASHBOARD_PATH, requireAdmin, guardChanges, serverAdapter.getRouter() as RequestHandler);
  return {
    router,
    queues: names,
    async close() {
      await Promise.allSettled(queues.map((queue) => queue.close()));
    },
  };
}
