import { useId, type ReactNode } from 'react';

/** A labelled form control with its validation message; the message names the field. */
export function Field({
  label,
  error,
  help,
  children,
}: Readonly<{
  label: string;
  error?: string | undefined;
  help?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}>): ReactNode {
  const id = useId();
  const describedBy = [error === undefined ? null : `${id}-error`, help === undefined ? null : `${id}-help`]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {help !== undefined && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
