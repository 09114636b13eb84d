import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list filter kept in the URL, so Back and a reload restore it. The URL updates after a
 * navigation; until it has, the filter just chosen is returned, so a select or checkbox never
 * shows the old value for a moment.
 */
export function useUrlFilter<F>(
  fromParams: (params: URLSearchParams) => F,
  toParams: (filter: F) => URLSearchParams,
): readonly [F, (next: F) => void] {
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const fromUrl = useMemo(() => fromParams(params), [fromParams, params]);
  const [pending, setPending] = useState<{ baseKey: string; filter: F } | null>(null);
  const filter = pending !== null && pending.baseKey === paramsKey ? pending.filter : fromUrl;
  const change = (next: F) => {
    setPending({ baseKey: paramsKey, filter: next });
    setParams(toParams(next), { replace: true });
  };
  return [filter, change];
}
