import { useEffect } from 'react';

/** Sets the document title (WCAG 2.4.2) as "page – Woo-verzoeken". */
export function usePageTitle(title: string, site: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${site}` : site;
  }, [title, site]);
}
