import { useEffect, useRef, type RefObject } from 'react';

/**
 * Whether a key belongs to an input method's conversion (日本語入力): the Enter that confirms a
 * conversion and the Esc that cancels one are the IME's, never the form's. Chromium marks them
 * `isComposing`; keyCode 229 covers the keydown some systems send just before composition ends.
 */
export function isImeKey(event: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- 229 is the only mark of an IME's key in the keydown that ends a composition
  return event.isComposing || event.keyCode === 229;
}

/**
 * A form's keyboard: Enter in a single-line field submits (the browser does that for a form with a
 * submit button); Esc anywhere inside the form cancels. Neither while an input method converts. Listening on the form, not the window, keeps
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
      if (isImeKey(event)) {
        // The browser's implicit submission on Enter would save the half-typed form.
        if (event.key === 'Enter') event.preventDefault();
        return;
      }
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      latest.current();
    };
    form.addEventListener('keydown', listener);
    return () => form.removeEventListener('keydown', listener);
  }, []);
  return ref;
}
