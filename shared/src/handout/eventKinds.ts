/** The kinds of events the plan names, as stored (Japanese), in the order the Events screen offers them. */
export const eventKindValues = ['シーズ説明会', '研究交流会', '研究発表会・製品展示会', '連絡会議', 'セミナー'] as const;

/** A stored event kind. */
export type EventKindValue = (typeof eventKindValues)[number];

/** Stable i18n keys for the event kinds (`handout.kinds.<key>`, `events.kinds.<key>`). */
export const eventKindKeys = {
  シーズ説明会: 'seedBriefing',
  研究交流会: 'researchExchange',
  '研究発表会・製品展示会': 'showcase',
  連絡会議: 'liaison',
  セミナー: 'seminar',
} as const satisfies Record<EventKindValue, string>;

/** An event kind's i18n key. */
export type EventKindKey = (typeof eventKindKeys)[EventKindValue];

/** The i18n key of a stored kind, or null for a value this version does not know. */
export function eventKindKey(kind: string): EventKindKey | null {
  return Object.hasOwn(eventKindKeys, kind) ? eventKindKeys[kind as EventKindValue] : null;
}
