import type { ReactNode } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';

/** Label–value pairs as a description list; empty values are left out. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <DataList className="woo-facts">
      {shown.map(([label, value]) => (
        <DataListItem key={label}>
          <DataListKey>{label}</DataListKey>
          <DataListValue multiline>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
