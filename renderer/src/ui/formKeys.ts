import { useEffect, useRef, type RefObject } from 'react';

/**
 * A form's keyboard: Enter in a single-line field submits (the browser does that for a form with a
 * submit button); Esc anywhere inside the form cancels. Listening on the form, not the window, keeps
 * Esc of a dialog opened over it (quick search) to that dialog. Returns the ref to put on the form.
 */
export function useEscapeCancels(cancel: () => void): RefObject<HTMLFormElement | null> {
  const ref = useRef<HTMLFormElement>(null);
  const latest = useRef(cancel);
  useEffect(() => {
    latest.current = cancel;
  });
  useEffect(() => {
    const form = ref.current;
    if (form === null) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      latest.current();
    };
    form.addEventListener('keydown', listener);
    return () => form.removeEventListener('keydown', listener);
  }, []);
  return ref;
}
