/** The shape another locale must have: the same keys as the source locale, any string values. */
export type LocaleShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]>;
};

/** Lists every leaf key of a locale as dotted paths, sorted; used to prove locale parity. */
export function localeKeys(resource: object, prefix = ''): string[] {
  return Object.entries(resource)
    .flatMap(([key, value]: [string, unknown]) =>
      typeof value === 'object' && value !== null ? localeKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .sort();
}
