import type { ReactNode } from 'react';

/**
 * The Utrecht alert's look without its own live-region role: for messages placed inside a live region that exists
 * before they appear (role="status" around it), or focused on purpose, so screen readers announce them once.
 */
export function Notice({ type, children }: { type: 'ok' | 'info' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
