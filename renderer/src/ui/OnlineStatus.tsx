import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the machine has a network connection, following the browser's online events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

/** A small badge that says オンライン or オフライン. */
export function OnlineStatus(): ReactNode {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <p className={online ? 'online-status online' : 'online-status offline'} role="status">
      <span className="visually-hidden">{t('shell.connectionStatus')}: </span>
      <span className="dot" aria-hidden="true" />
      {online ? t('shell.online') : t('shell.offline')}
    </p>
  );
}
