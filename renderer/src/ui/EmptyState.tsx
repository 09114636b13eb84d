import type { ReactNode } from 'react';

/** A quiet line where a list has nothing to show, optionally with the action that fills it. */
export function EmptyState({ message, children }: Readonly<{ message: string; children?: ReactNode }>): ReactNode {
  return (
    <div className="empty-state">
      <p>{message}</p>
      {children}
    </div>
  );
}
