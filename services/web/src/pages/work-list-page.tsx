// The coordinator's work list: counts at the top, filters and search (kept in the address, so a filtered list can be
// bookmarked), and the cases sorted by deadline with their traffic light. The lights come from the API.
import { useState, type FormEvent } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { CaseList, StaffUser } from '../api/api-types';
import { ApiErrorAlert } from '../components/api-error-alert';
import { Loading } from '../components/loading';
import { TrafficLightBadge } from '../components/traffic-light';
import { usePageTitle } from '../components/use-page-title';
import { SelectField, TextField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { AppLink, navigate, useLocation } from '../routing/router';
import { useStaffData } from '../session/use-staff-data';

const lightFilters: Record<string, { query: string; label: MessageKey }> = {
  overdue: { query: 'overdue=true', label: 'light.overdue' },
  firstContactOverdue: { query: 'firstContactOverdue=true', label: 'light.firstContactOverdue' },
  dueSoon: { query: 'dueWithinWorkingDays=5', label: 'light.dueSoon' },
};

const statusOptions = [
  'received',
  'informal_contact',
  'awaiting_precisering',
  'collecting_documents',
  'assessing',
  'awaiting_zienswijzen',
  'decision_drafted',
  'in_review',
  'decided',
  'disclosure_hold',
  'published',
  'closed',
  'withdrawn',
  'forwarded',
  'not_handled',
  'resolved_informally',
] as const;

function apiQuery(search: URLSearchParams): string {
  const parts: string[] = ['limit=200'];
  const q = search.get('q');
  if (q) parts.push(`q=${encodeURIComponent(q)}`);
  const status = search.get('status');
  if (status) parts.push(`status=${encodeURIComponent(status)}`);
  if (search.get('scope') === 'mine') parts.push('assignedToMe=true');
  const light = lightFilters[search.get('light') ?? ''];
  if (light) parts.push(light.query);
  return parts.join('&');
}

export function WorkListPage({ user }: { user: StaffUser }) {
  const { t, pick, date } = useI18n();
  usePageTitle(t('workList.title'), t('site.name'));
  const { search } = useLocation();
  const { data, error } = useStaffData<CaseList>(`/api/v1/cases?${apiQuery(search)}`);
  const [filters, setFilters] = useState(() => ({
    q: search.get('q') ?? '',
    status: search.get('status') ?? '',
    scope: search.get('scope') ?? '',
    light: search.get('light') ?? '',
  }));

  function apply(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
    navigate(`/cases${params.size > 0 ? `?${params}` : ''}`, { replace: true });
  }

  const counts = data?.counts;
  return (
    <>
      <Heading level={1}>{t('workList.title')}</Heading>
      <Paragraph>{t('workList.lead', { name: user.displayName })}</Paragraph>
      {counts && (
        <section aria-labelledby="counts-title" className="woo-counts">
          <Heading level={2} id="counts-title" className="woo-visually-hidden">
            {t('workList.countsTitle')}
          </Heading>
          <ul className="woo-counts__list">
            {(
              [
                ['open', counts.open, '/cases'],
                ['mine', counts.assignedToMe, '/cases?scope=mine'],
                ['overdue', counts.overdue, '/cases?light=overdue'],
                ['firstContactOverdue', counts.firstContactOverdue, '/cases?light=firstContactOverdue'],
                ['dueSoon', counts.dueSoon, '/cases?light=dueSoon'],
              ] as const
            ).map(([key, count, href]) => (
              <li key={key} className={`woo-count woo-count--${key}`}>
                <AppLink
                  href={href}
                  onClick={() =>
                    setFilters({
                      q: '',
                      status: '',
                      scope: key === 'mine' ? 'mine' : '',
                      light: key === 'open' || key === 'mine' ? '' : key,
                    })
                  }
                >
                  <span className="woo-count__number">{count}</span>{' '}
                  <span className="woo-count__label">{t(`workList.count.${key}`)}</span>
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}

      <form role="search" onSubmit={apply} className="woo-filters" aria-label={t('workList.filtersTitle')}>
        <TextField
          id="filter-q"
          type="search"
          label={t('workList.search')}
          filter
          value={filters.q}
          onChange={(q) => setFilters((current) => ({ ...current, q }))}
        />
        <SelectField
          id="filter-scope"
          label={t('workList.scope')}
          filter
          value={filters.scope}
          onChange={(scope) => setFilters((current) => ({ ...current, scope }))}
          options={[
            { value: '', label: t('workList.scopeTeam') },
            { value: 'mine', label: t('workList.scopeMine') },
          ]}
        />
        <SelectField
          id="filter-light"
          label={t('workList.light')}
          filter
          value={filters.light}
          onChange={(light) => setFilters((current) => ({ ...current, light }))}
          placeholder={t('workList.lightAll')}
          options={Object.entries(lightFilters).map(([value, filter]) => ({ value, label: t(filter.label) }))}
        />
        <SelectField
          id="filter-status"
          label={t('workList.status')}
          filter
          value={filters.status}
          onChange={(status) => setFilters((current) => ({ ...current, status }))}
          placeholder={t('workList.statusAll')}
          options={statusOptions.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('workList.apply')}
        </Button>
      </form>

      {error !== null && <ApiErrorAlert error={error} />}
      {!data && error === null && <Loading />}
      {data && (
        <Table className="woo-cases">
          <TableCaption>{t('workList.caption', { count: data.total })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('workList.col.reference')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workList.col.requester')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workList.col.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workList.col.deadline')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workList.col.light')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('workList.col.assignee')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.cases.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>{t('workList.empty')}</TableCell>
              </TableRow>
            )}
            {data.cases.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <AppLink href={`/cases/${row.id}`}>{row.reference}</AppLink>
                </TableCell>
                <TableCell>{row.requesterName}</TableCell>
                <TableCell>{pick(row.statusLabel)}</TableCell>
                <TableCell>{date(row.deadline)}</TableCell>
                <TableCell>
                  <TrafficLightBadge light={row.trafficLight} />
                </TableCell>
                <TableCell>{row.assignedTo?.displayName ?? t('workList.unassigned')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
