import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createQuitPreparation, type DraftSaver, type QuitPreparation } from './quitPreparation.ts';

const QuitPreparationContext = createContext<QuitPreparation | null>(null);

/** Gives the app one quit preparation that open forms and sync register with. */
export function QuitPreparationProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const [preparation] = useState(createQuitPreparation);
  return <QuitPreparationContext.Provider value={preparation}>{children}</QuitPreparationContext.Provider>;
}

/** The app's quit preparation (null outside the provider, for components rendered alone in tests). */
export function useQuitPreparation(): QuitPreparation | null {
  return useContext(QuitPreparationContext);
}

/** Registers a form's saver while it is mounted, so quitting saves its draft first. */
export function useDraftSaverForQuit(saver: DraftSaver): void {
  const preparation = useQuitPreparation();
  useEffect(() => preparation?.registerDraftSaver(saver), [preparation, saver]);
}
