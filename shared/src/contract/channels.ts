/**
 * The names of every host channel, `noun:verb`. Kept free of schema code so the preload
 * bundle can refuse unknown channels without carrying zod.
 */
export const channelNames = [
  'app:info',
  'settings:get',
  'settings:set',
  'sync:get-config',
  'sync:configure',
  'sync:set-team',
  'sync:passphrase',
  'sync:test-connection',
  'sync:list',
  'sync:get',
  'sync:put-if-absent',
  'sync:delete',
  'sync:choose-folder',
  'postal:lookup',
  'attachment:put',
  'attachment:get',
  'attachment:open',
  'attachment:missing',
  'attachment:put-verified',
  'backup:export',
  'backup:restore',
  'backup:autoStatus',
  'backup:auto',
  'handout:savePdf',
  'export:save',
  'shell:next-command',
  'shell:quit-ready',
  'log:write',
  'diagnostics:export',
  'database:backup-before-upgrade',
] as const;

/** One host channel name. */
export type ChannelName = (typeof channelNames)[number];

/** Whether a value names a host channel. */
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}

/** The single Electron IPC channel that carries every host call. */
export const hostIpcChannel = 'kakehashi:host';
