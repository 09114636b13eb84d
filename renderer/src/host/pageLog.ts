import { callHost } from './host.ts';

/** Writes one line to the app's log in main, which redacts it; never throws (a log must not break the page). */
export function pageLog(level: 'error' | 'warn' | 'info' | 'debug', scope: string, message: string): void {
  void callHost('log:write', { level, scope, message: message.slice(0, 2000) }).catch(() => undefined);
}
