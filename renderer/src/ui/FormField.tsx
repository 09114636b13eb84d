import { useId, type ReactNode } from 'react';

/** What a control inside a FormField must spread on itself: its id and its links to help and error. */
export type FieldControlProps = Readonly<{
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}>;

type FormFieldProps = Readonly<{
  label: string;
  /** The field's message (already translated), shown inline under the control. */
  error?: string | undefined;
  help?: string | undefined;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}>;

/** A labelled form control with its help and inline error, both announced through aria-describedby. */
export function FormField({ label, error, help, required = false, className, children }: FormFieldProps): ReactNode {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help === undefined ? null : helpId, error === undefined ? null : errorId]
    .filter((part) => part !== null)
    .join(' ');
  const control: FieldControlProps = {
    id,
    ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
    ...(error === undefined ? {} : { 'aria-invalid': true }),
    ...(required ? { 'aria-required': true } : {}),
  };
  return (
    <div className={['field', error === undefined ? '' : 'has-error', className ?? ''].join(' ').trim()}>
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label so the accessible name is the field name alone; aria-required says it. */}
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </span>
      {children(control)}
      {help !== undefined && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
