import type { ReactNode } from 'react';
import type { HandoutModel } from '#shared/handout/handoutModel';
import { Sheet } from './Sheet.tsx';
import { coverDateParts, useHandoutLabels, useHandoutT } from './handoutText.ts';

/** Page 1: what the session is, when and where, and who organises it. */
export function CoverSheet({ model, footer }: Readonly<{ model: HandoutModel; footer: string }>): ReactNode {
  const t = useHandoutT(model.language);
  const labels = useHandoutLabels(model.language);
  const { cover } = model;
  const time =
    cover.startTime === ''
      ? ''
      : cover.endTime === ''
        ? cover.startTime
        : t('cover.time', { start: cover.startTime, end: cover.endTime });
  return (
    <Sheet kind="cover" footer={footer}>
      <div className="cover">
        <p className="cover-kind">{labels.kind(cover.kind)}</p>
        <h1 className="cover-title" data-fit-title>
          {cover.title}
        </h1>
        <p className="cover-subtitle">{t('cover.handout')}</p>
        <dl className="cover-facts">
          <dt>{t('cover.date')}</dt>
          <dd>
            <span className="nowrap">{t('cover.dateLine', coverDateParts(model.language, cover.date))}</span>{' '}
            <span className="nowrap">{time}</span>
          </dd>
          <dt>{t('cover.venue')}</dt>
          <dd>{cover.venue}</dd>
          {cover.region !== '' && (
            <>
              <dt>{t('cover.region')}</dt>
              <dd>{labels.region(cover.region)}</dd>
            </>
          )}
          <dt>{t('cover.organisers')}</dt>
          <dd>
            {cover.organisers.map((organiser) => (
              <span key={organiser} className="organiser">
                {organiser}
              </span>
            ))}
          </dd>
        </dl>
        <p className="cover-count">{t('cover.seedCount', { count: model.seeds.length })}</p>
      </div>
    </Sheet>
  );
}
