import { z } from 'zod';

/** UI languages; Japanese is the source language and the default. */
export const languages = ['ja', 'en'] as const;

/** A UI language. */
export type Language = (typeof languages)[number];

/** How dates are shown: Western years or 和暦 (Japanese era). */
export const calendars = ['gregory', 'japanese'] as const;

/** The user's settings as stored by the main process. */
export const settingsSchema = z
  .object({
    language: z.enum(languages).default('ja'),
    calendar: z.enum(calendars).default('gregory'),
  })
  .strict();

/** The user's settings. */
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update of the settings; unknown keys are refused. */
export const settingsPatchSchema = z
  .object({
    language: z.enum(languages),
    calendar: z.enum(calendars),
  })
  .partial()
  .strict();

/** A partial update of the settings. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The defaults a fresh installation starts with. */
export const defaultSettings: Settings = settingsSchema.parse({});

/** Why stored settings were replaced by defaults on start, so the UI can tell the user. */
export const settingsRecoverySchema = z.object({
  reason: z.enum(['unreadable', 'invalid']),
  detail: z.string(),
  backupFile: z.string(),
});

/** A recovery notice. */
export type SettingsRecovery = z.infer<typeof settingsRecoverySchema>;
