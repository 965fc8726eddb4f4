// A small history router: the app has a handful of pages, so a path match per page is all it needs.
import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { Link } from '@utrecht/component-library-react';

interface Location {
  path: string;
  search: URLSearchParams;
}

const current = (): Location => ({
  path: window.location.pathname,
  search: new URLSearchParams(window.location.search),
});

const LocationContext = createContext<Location>(current());

const listeners = new Set<() => void>();

/** Goes to `href` inside the app without reloading; `replace` keeps the history entry (filters, redirects). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

export function LocationProvider({ children }: { children: React.ReactNode }) {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  return useContext(LocationContext);
}

/** A link inside the app: an ordinary <a href> (works with keyboard, middle click, copy link), routed without reload. */
export function AppLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <Link href={href} onClick={follow} {...rest} />;
}
