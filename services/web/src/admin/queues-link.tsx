// The admins' way to the operators' queue dashboard (Bull Board, served by the API under /admin/queues): a plain
// link, since that page is not part of this app.
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session';

export const QUEUE_DASHBOARD_HREF = '/admin/queues';

/** A navigation item for admins only; nothing for other roles. */
export function QueuesNavItem() {
  const { t } = useI18n();
  const { user } = useSession();
  if (user?.role !== 'admin') return null;
  return (
    <li>
      <a href={QUEUE_DASHBOARD_HREF} className="utrecht-link">
        {t('admin.queues')}
      </a>
    </li>
  );
}
