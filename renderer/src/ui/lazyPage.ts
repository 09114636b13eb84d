import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page whose code loads when it is first opened, so starting the app parses only what the
 * first screen needs. `name` is the page's named export.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Readonly<Record<K, ComponentType>>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}
