import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch, SettingsRecovery } from '#shared/settings';
import { requestHost } from '../../host/host.ts';
import { applyLanguage } from '../../i18n/i18n.ts';

type SettingsState = Readonly<{
  settings: Settings;
  recovery: SettingsRecovery | null;
  update(patch: SettingsPatch): Promise<void>;
}>;

const SettingsContext = createContext<SettingsState | null>(null);

/** Loads the stored settings from the host before showing the app, and applies the language. */
export function SettingsProvider({ children }: Readonly<{ children: ReactNode }>): ReactNode {
  const [loaded, setLoaded] = useState<{ settings: Settings; recovery: SettingsRecovery | null } | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);

  useEffect(() => {
    requestHost('settings:get', undefined)
      .then(async ({ values, recovery }) => {
        await applyLanguage(values.language);
        setLoaded({ settings: values, recovery });
      })
      .catch((error: unknown) => setLoadError(error instanceof Error ? error : new Error(String(error))));
  }, []);

  const update = useCallback(async (patch: SettingsPatch) => {
    const next = await requestHost('settings:set', patch);
    await applyLanguage(next.language);
    setLoaded((current) => ({ settings: next, recovery: current?.recovery ?? null }));
  }, []);

  const value = useMemo(() => (loaded === null ? null : { ...loaded, update }), [loaded, update]);
  if (loadError !== null) throw loadError;
  if (value === null) return null;
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** The current settings and a way to change them. */
export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (state === null) throw new Error('useSettings outside SettingsProvider');
  return state;
}
