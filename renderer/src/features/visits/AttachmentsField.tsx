import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta, AttachmentInput } from '#shared/domain/attachment';
import { ValidationError } from '#shared/domain/validationError';
import { useRepositories } from '../../app/DatabaseProvider.tsx';
import { HostCallError, requestHost } from '../../host/host.ts';
import type { VisitFormState } from './visitFormState.ts';
import { AttachmentDelete } from './AttachmentDelete.tsx';
import { AttachmentThumbnail } from '../attachments/AttachmentThumbnail.tsx';
import { openAttachment } from '../attachments/openAttachment.ts';

/**
 * Files from disk: the bytes go to the main process (`attachment:put`, content-addressed), the
 * metadata to the `attachments` table (reused when the same bytes were attached before), and the
 * id to the visit.
 */
export function AttachmentsField(): ReactNode {
  const { t, i18n } = useTranslation();
  const repositories = useRepositories();
  const { control, setValue, getValues } = useFormContext<VisitFormState>();
  const attachmentIds = useWatch({ control, name: 'attachmentIds' });
  const attachments = useLiveQuery(
    async () =>
      (await repositories.attachments.table.bulkGet(attachmentIds)).filter(
        (item): item is NonNullable<typeof item> => item !== undefined && !item.deleted,
      ),
    [repositories, attachmentIds.join(',')],
  );
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    // The input is disabled while the files are stored, which drops focus to the page; give it back
    // so the form's keys (Ctrl+Enter, Esc) keep working.
    if (busy || !refocus.current) return;
    refocus.current = false;
    input.current?.focus();
  }, [busy]);
  const [failures, setFailures] = useState<string[]>([]);

  const reason = (error: unknown): string => {
    if (error instanceof HostCallError) return t(`errors.host.${error.error.code}`);
    if (error instanceof ValidationError) return error.messages(i18n.language === 'en' ? 'en' : 'ja').join(' ');
    return error instanceof Error ? error.message : String(error);
  };

  const attach = async (file: File): Promise<AttachmentMeta> => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const stored = await requestHost('attachment:put', { name: file.name, type: file.type, bytes });
    const known = await repositories.attachments.findBySha256(stored.sha256);
    if (known !== undefined) return known;
    const input: AttachmentInput = {
      sha256: stored.sha256,
      name: file.name,
      type: file.type as AttachmentInput['type'],
      size: stored.size,
    };
    return repositories.attachments.create(input);
  };

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    refocus.current = document.activeElement === event.target;
    setBusy(true);
    const problems: string[] = [];
    for (const file of files) {
      try {
        const meta = await attach(file);
        const ids = getValues('attachmentIds');
        if (!ids.includes(meta.id)) setValue('attachmentIds', [...ids, meta.id], { shouldDirty: true });
      } catch (error) {
        problems.push(t('visits.form.attachFailed', { name: file.name, reason: reason(error) }));
      }
    }
    setFailures(problems);
    setBusy(false);
  };

  return (
    <fieldset className="form-section">
      <legend>{t('visits.form.attachments')}</legend>
      {attachments !== undefined && attachments.length === 0 && (
        <p className="muted">{t('visits.form.noAttachments')}</p>
      )}
      <ul className="linked-list">
        {attachments?.map((attachment) => (
          <li key={attachment.id}>
            <AttachmentThumbnail attachment={attachment} />
            <button
              type="button"
              className="link-button"
              aria-label={t('visits.form.openAttachment', { name: attachment.name })}
              onClick={() =>
                void openAttachment(attachment).catch((error: unknown) =>
                  setFailures([t('visits.form.openFailed', { name: attachment.name, reason: reason(error) })]),
                )
              }
            >
              {attachment.name}
            </button>
            <span className="muted">{formatSize(attachment.size, i18n.language)}</span>
            <button
              type="button"
              className="secondary"
              aria-label={t('visits.form.removeAttachment', { name: attachment.name })}
              onClick={() =>
                setValue(
                  'attachmentIds',
                  attachmentIds.filter((id) => id !== attachment.id),
                  { shouldDirty: true },
                )
              }
            >
              ×
            </button>
            <AttachmentDelete attachment={attachment} />
          </li>
        ))}
      </ul>
      <label htmlFor="visit-attachments" className="file-label">
        {t('visits.form.attachFile')}
      </label>
      <input
        ref={input}
        id="visit-attachments"
        type="file"
        multiple
        disabled={busy}
        onChange={(event) => void onChange(event)}
      />
      {busy && <p role="status">{t('visits.form.attaching')}</p>}
      {failures.map((failure) => (
        <p key={failure} role="alert" className="field-error">
          {failure}
        </p>
      ))}
    </fieldset>
  );
}

function formatSize(bytes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : 'ja-JP', {
    style: 'unit',
    unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes >= 1024 * 1024 ? bytes / (1024 * 1024) : Math.max(bytes / 1024, 0.1));
}
