/** The sidebar's sections, in the order coordinators use them. */
export const sections = [
  { key: 'home', path: '/' },
  { key: 'companies', path: '/companies' },
  { key: 'visits', path: '/visits' },
  { key: 'needs', path: '/needs' },
  { key: 'seeds', path: '/seeds' },
  { key: 'events', path: '/events' },
  { key: 'programmes', path: '/programmes' },
  { key: 'reports', path: '/reports' },
  { key: 'sync', path: '/sync' },
  { key: 'trash', path: '/trash' },
  { key: 'settings', path: '/settings' },
] as const;

/** One sidebar section. */
export type SectionKey = (typeof sections)[number]['key'];
