import { useCallback } from 'react';
import type { EventInput, KakehashiEvent } from '#shared/domain/event';
import { useDatabase, useRepositories } from '../../app/DatabaseProvider.tsx';

/**
 * Updates an event from its stored state, not from what the screen last rendered: two quick
 * clicks (two invitations, two seeds) each see the other's change instead of overwriting it.
 */
export function useEventUpdate(
  eventId: string,
): (change: (current: KakehashiEvent) => Partial<EventInput>) => Promise<void> {
  const db = useDatabase();
  const { events } = useRepositories();
  return useCallback(
    (change) =>
      db.transaction('rw', db.events, async () => {
        const current = await events.get(eventId);
        if (current !== undefined) await events.update(eventId, change(current));
      }),
    [db, events, eventId],
  );
}
