import { useEffect, useState } from 'react';
import { isPostalCode, normalizePostalCode } from '#shared/domain/validators/postalCode';
import { postalFill, type PostalFill } from '#shared/master/postalCodes';
import { requestHost } from '../../host/host.ts';

/** What a complete postal code filled in: the code and its place. */
export type PostalLookup = Readonly<{ code: string; fill: PostalFill }>;

/** Looks a postal code up in Japan Post's data (through main) once it is complete; null until then. */
export function usePostalLookup(value: string): PostalLookup | null {
  const code = normalizePostalCode(value);
  const complete = isPostalCode(code);
  const [result, setResult] = useState<PostalLookup | null>(null);
  useEffect(() => {
    if (!complete) return;
    let live = true;
    requestHost('postal:lookup', { code }).then(
      ({ places }) => {
        if (live) setResult({ code, fill: postalFill(places) });
      },
      // Without the data the form still works: the prefix rule and the user's own choice remain.
      () => {
        if (live) setResult({ code, fill: { kind: 'none' } });
      },
    );
    return () => {
      live = false;
    };
  }, [code, complete]);
  return complete && result?.code === code ? result : null;
}
