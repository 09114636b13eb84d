import type { ReactNode } from 'react';

/** The inline message under a field; its id is what the field's aria-describedby names. */
export function FieldError({ id, message }: Readonly<{ id: string; message: string | undefined }>): ReactNode {
  if (message === undefined) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/** The aria attributes of a field with an optional inline message. */
export function errorProps(id: string, message: string | undefined): Readonly<Record<string, string | boolean>> {
  return message === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${id}-error` };
}
