import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '#shared/contract/contract';
import { calendars } from '#shared/settings';
import { requestHost } from '../../host/host.ts';
import { BackupPanel } from '../backup/BackupPanel.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SamplesPanel } from './SamplesPanel.tsx';
import { useSettings } from './SettingsProvider.tsx';

type AppInfo = ChannelOutput<'app:info'>;

/** 設定: language, year display and where the data lives. */
export function SettingsPage(): ReactNode {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const calendarName = useId();

  useEffect(() => {
    void requestHost('app:info', undefined).then(setInfo);
  }, []);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.settings')}</h1>
      <div className="form-row">
        <LanguageSwitch />
        <p className="help">{t('settings.languageHelp')}</p>
      </div>
      <fieldset className="form-row">
        <legend>{t('settings.calendar')}</legend>
        {calendars.map((calendar) => (
          <label key={calendar} className="radio">
            <input
              type="radio"
              name={calendarName}
              value={calendar}
              checked={settings.calendar === calendar}
              onChange={() => void update({ calendar })}
            />
            {t(calendar === 'gregory' ? 'settings.calendarGregory' : 'settings.calendarJapanese')}
          </label>
        ))}
      </fieldset>
      <BackupPanel />
      <SamplesPanel />
      <h2>{t('settings.about')}</h2>
      {info !== null && (
        <dl className="facts">
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.platform')}</dt>
          <dd>{info.platform}</dd>
          <dt>{t('settings.userDataPath')}</dt>
          <dd className="path">{info.userDataPath}</dd>
        </dl>
      )}
    </section>
  );
}
