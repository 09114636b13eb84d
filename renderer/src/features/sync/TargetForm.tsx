import { useEffect, useId, useState, type SyntheticEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConfig, SyncTargetInput } from '#shared/sync/targetConfig';
import { parseSyncFailure } from '#shared/sync/syncError';
import { HostCallError, requestHost } from '../../host/host.ts';
import { syncErrorText } from './syncErrorText.ts';
import { useSync } from './SyncProvider.tsx';

type Kind = SyncTargetInput['kind'];

type Draft = {
  kind: Kind;
  path: string;
  url: string;
  username: string;
  password: string;
  endpoint: string;
  region: string;
  bucket: string;
  prefix: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  encrypt: boolean;
  passphrase: string;
  deviceName: string;
  autoSyncMinutes: number;
};

const emptyDraft: Draft = {
  kind: 'folder',
  path: '',
  url: '',
  username: '',
  password: '',
  endpoint: '',
  region: 'us-east-1',
  bucket: '',
  prefix: '',
  accessKeyId: '',
  secretAccessKey: '',
  forcePathStyle: true,
  encrypt: false,
  passphrase: '',
  deviceName: '',
  autoSyncMinutes: 15,
};

function fromConfig(config: SyncConfig): Draft {
  const target = config.target;
  const base = {
    ...emptyDraft,
    deviceName: config.deviceName,
    autoSyncMinutes: config.autoSyncMinutes,
    encrypt: config.hasPassphrase,
  };
  if (target === null) return base;
  switch (target.kind) {
    case 'folder':
      return { ...base, kind: 'folder', path: target.path };
    case 'webdav':
      return { ...base, kind: 'webdav', url: target.url, username: target.username };
    case 's3':
      return { ...base, ...target, kind: 's3' };
    default:
      return base;
  }
}

function toTarget(draft: Draft): SyncTargetInput {
  switch (draft.kind) {
    case 'folder':
      return { kind: 'folder', path: draft.path };
    case 'webdav':
      return {
        kind: 'webdav',
        url: draft.url,
        username: draft.username,
        ...(draft.password === '' ? {} : { password: draft.password }),
      };
    case 's3':
      return {
        kind: 's3',
        endpoint: draft.endpoint,
        region: draft.region,
        bucket: draft.bucket,
        prefix: draft.prefix,
        accessKeyId: draft.accessKeyId,
        forcePathStyle: draft.forcePathStyle,
        ...(draft.secretAccessKey === '' ? {} : { secretAccessKey: draft.secretAccessKey }),
      };
    default:
      return { kind: 'folder', path: draft.path };
  }
}

/** 同期先: the target, its credentials, the team passphrase, auto-sync; save and test. */
export function TargetForm(): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const [config, setConfig] = useState<SyncConfig | null>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Main refused Basic auth over plain http:// until the user ticks the warning's box.
  const [plainHttp, setPlainHttp] = useState({ asked: false, allowed: false });
  const [allowUnprotected, setAllowUnprotected] = useState(false);
  const { reloadConfig } = useSync();

  useEffect(() => {
    void requestHost('sync:get-config', undefined).then((loaded) => {
      setConfig(loaded);
      // WebDAV and S3 cross networks: encryption is on by default there.
      setDraft(fromConfig(loaded));
    });
  }, []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key === 'url' || key === 'username') setPlainHttp({ asked: false, allowed: false });
  };
  const fail = (error: unknown) => {
    const failure = error instanceof HostCallError ? parseSyncFailure(error.error.message) : null;
    if (failure?.code === 'plain-http') setPlainHttp((current) => ({ ...current, asked: true }));
    setMessage({
      ok: false,
      text:
        failure === null ? (error instanceof Error ? error.message : String(error)) : syncErrorText(t, failure.code),
    });
  };

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (draft.encrypt && draft.passphrase === '' && config?.hasPassphrase !== true) {
      setMessage({ ok: false, text: syncErrorText(t, 'passphrase-required') });
      return;
    }
    try {
      const saved = await requestHost('sync:configure', {
        target: toTarget(draft),
        passphrase: draft.encrypt ? (draft.passphrase === '' ? undefined : draft.passphrase) : null,
        allowPlainHttp: plainHttp.allowed,
        allowUnprotectedSecrets: allowUnprotected,
        deviceName: draft.deviceName,
        autoSyncMinutes: draft.autoSyncMinutes,
      });
      const typedSecret = draft.kind === 'webdav' ? draft.password : draft.kind === 's3' ? draft.secretAccessKey : '';
      // Main keeps a saved secret only for the endpoint it was given for.
      const dropped = config?.hasSecret === true && !saved.hasSecret && draft.kind !== 'folder' && typedSecret === '';
      setConfig(saved);
      reloadConfig();
      setDraft((current) => ({ ...current, password: '', secretAccessKey: '', passphrase: '' }));
      setMessage({
        ok: !dropped,
        text: dropped ? `${t('sync.target.saved')} ${t('sync.target.secretDropped')}` : t('sync.target.saved'),
      });
    } catch (error) {
      fail(error);
    }
  };

  const test = async () => {
    try {
      const result = await requestHost('sync:test-connection', {
        target: toTarget(draft),
        allowPlainHttp: plainHttp.allowed,
        ...(draft.encrypt && draft.passphrase !== '' ? { passphrase: draft.passphrase } : {}),
      });
      setMessage({
        ok: true,
        text:
          result.state === 'empty'
            ? t('sync.target.testEmpty')
            : `${t('sync.target.testTeam', { name: result.teamName ?? '' })}${result.encrypted ? t('sync.target.testEncrypted') : ''}`,
      });
    } catch (error) {
      fail(error);
    }
  };

  const chooseFolder = async () => {
    try {
      const { path } = await requestHost('sync:choose-folder', draft.path === '' ? {} : { defaultPath: draft.path });
      // Cancelling the dialog keeps whatever was typed.
      if (path !== null) set('path', path);
    } catch (error) {
      fail(error);
    }
  };

  const field = (
    key: 'url' | 'username' | 'endpoint' | 'region' | 'bucket' | 'prefix' | 'accessKeyId' | 'deviceName',
    label: string,
  ) => (
    <div className="form-row">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} name={key} value={draft[key]} onChange={(event) => set(key, event.target.value)} />
    </div>
  );
  const secret = (key: 'password' | 'secretAccessKey' | 'passphrase', label: string, kept: boolean) => (
    <div className="form-row">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={key}
        type="password"
        autoComplete="new-password"
        placeholder={kept ? t('sync.target.secretKept') : ''}
        value={draft[key]}
        onChange={(event) => set(key, event.target.value)}
      />
    </div>
  );

  const storage = config?.secretStorage;
  const storageKey =
    storage?.protection === 'unprotected'
      ? 'sync.target.storageUnprotected'
      : storage?.protection === 'unavailable'
        ? 'sync.target.storageUnavailable'
        : 'sync.target.storageProtected';

  return (
    <form className="sync-form" onSubmit={(event) => void save(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sync.target.title')}</h2>
      {config?.recovery != null && (
        <p className="notice warning" role="alert" data-sync-recovery>
          {t('sync.target.recovered', { backupFile: config.recovery.backupFile })}
        </p>
      )}
      {storage !== undefined && (
        <p
          className={storage.protection === 'protected' ? 'help' : 'notice warning'}
          data-secret-storage={storage.protection}
        >
          {t(storageKey, { backend: storage.backend })}
        </p>
      )}
      {storage?.protection === 'unprotected' && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allowUnprotected}
            onChange={(event) => setAllowUnprotected(event.target.checked)}
          />
          {t('sync.target.allowUnprotected')}
        </label>
      )}
      <fieldset className="form-row">
        <legend>{t('sync.target.kind')}</legend>
        {(['folder', 'webdav', 's3'] as const).map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={draft.kind === kind}
              onChange={() =>
                setDraft((current) => ({ ...current, kind, encrypt: kind !== 'folder' || current.encrypt }))
              }
            />
            {t(`sync.target.${kind}`)}
          </label>
        ))}
      </fieldset>
      {draft.kind === 'folder' && (
        <>
          <div className="form-row">
            <label htmlFor={`${id}-path`}>{t('sync.target.path')}</label>
            <div className="input-with-button">
              <input
                id={`${id}-path`}
                name="path"
                value={draft.path}
                onChange={(event) => set('path', event.target.value)}
              />
              <button type="button" onClick={() => void chooseFolder()}>
                {t('sync.target.chooseFolder')}
              </button>
            </div>
          </div>
          <p className="help">{t('sync.target.pathHelp')}</p>
        </>
      )}
      {draft.kind === 'webdav' && (
        <>
          {field('url', t('sync.target.url'))}
          {field('username', t('sync.target.username'))}
          {secret('password', t('sync.target.password'), config?.hasSecret === true)}
          {plainHttp.asked && (
            <>
              <p className="notice warning" role="alert" data-plain-http>
                {t('sync.target.plainHttpWarning')}
              </p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={plainHttp.allowed}
                  onChange={(event) => setPlainHttp({ asked: true, allowed: event.target.checked })}
                />
                {t('sync.target.allowPlainHttp')}
              </label>
            </>
          )}
        </>
      )}
      {draft.kind === 's3' && (
        <>
          {field('endpoint', t('sync.target.endpoint'))}
          {field('region', t('sync.target.region'))}
          {field('bucket', t('sync.target.bucket'))}
          {field('prefix', t('sync.target.prefix'))}
          {field('accessKeyId', t('sync.target.accessKeyId'))}
          {secret('secretAccessKey', t('sync.target.secretAccessKey'), config?.hasSecret === true)}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.forcePathStyle}
              onChange={(event) => set('forcePathStyle', event.target.checked)}
            />
            {t('sync.target.pathStyle')}
          </label>
        </>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          name="encrypt"
          checked={draft.encrypt}
          onChange={(event) => set('encrypt', event.target.checked)}
        />
        {t('sync.target.encrypt')}
      </label>
      {draft.encrypt && secret('passphrase', t('sync.target.passphrase'), config?.hasPassphrase === true)}
      {field('deviceName', t('sync.target.deviceName'))}
      <div className="form-row">
        <label htmlFor={`${id}-auto`}>{t('sync.target.autoSync')}</label>
        <input
          id={`${id}-auto`}
          type="number"
          min={0}
          max={1440}
          value={draft.autoSyncMinutes}
          onChange={(event) =>
            set('autoSyncMinutes', Math.max(0, Math.min(1440, Math.trunc(Number(event.target.value) || 0))))
          }
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('sync.target.save')}
        </button>
        <button type="button" onClick={() => void test()}>
          {t('sync.target.test')}
        </button>
      </div>
      {message !== null && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'notice ok' : 'notice error'}
          data-sync-message
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
