import { applyCaseEvent, type CaseContext, type CaseEvent, type CaseState } from '@woo/domain';

/**
 * Whether the domain accepts `event` now: the scheduler never decides a date rule itself (has a period lapsed?),
 * it asks the case state machine, which refuses an event whose time has not come.
 */
export function domainAllows(state: CaseState, event: CaseEvent, ctx: CaseContext): boolean {
  try {
    applyCaseEvent(state, event, ctx);
    return true;
  } catch {
    return false;
  }
}
