import { Dexie, type Table, type Transaction } from 'dexie';
import { ulid } from 'ulid';
import { openFollowUpDues, type FollowUp } from '#shared/domain/visit';
import { createHlcClock, type HlcClock } from '#shared/sync/hlc';
import { upgradeToV3 } from './upgradeV3.ts';
import { createCaptureContext, type CaptureContext } from './captureContext.ts';
import { clockMetaKey, createCaptureMiddleware } from './captureMiddleware.ts';
import {
  defaultDatabaseName,
  schemaV1,
  schemaV2,
  schemaV3,
  type ConflictRow,
  type CursorRow,
  type MetaRow,
  type OutboxRow,
  type StoredRecord,
} from './schema.ts';

/** The `_meta` key of this device's id. */
export const deviceIdMetaKey = 'deviceId';

/** Where and how to open the database; tests pass fake-indexeddb here. */
export type DatabaseOptions = Readonly<{
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Wall clock for the HLC (ms since epoch). */
  now?: () => number;
}>;

/** The app's IndexedDB database: user-data tables, bookkeeping tables and the change capture. */
export class KakehashiDb extends Dexie {
  declare companies: Table<StoredRecord<'companies'>, string>;
  declare visits: Table<StoredRecord<'visits'>, string>;
  declare needs: Table<StoredRecord<'needs'>, string>;
  declare seeds: Table<StoredRecord<'seeds'>, string>;
  declare matches: Table<StoredRecord<'matches'>, string>;
  declare events: Table<StoredRecord<'events'>, string>;
  declare projects: Table<StoredRecord<'projects'>, string>;
  declare programmes: Table<StoredRecord<'programmes'>, string>;
  declare attachments: Table<StoredRecord<'attachments'>, string>;
  declare fundingApplications: Table<StoredRecord<'fundingApplications'>, string>;
  declare subsidyApplications: Table<StoredRecord<'subsidyApplications'>, string>;
  declare _outbox: Table<OutboxRow, string>;
  declare _meta: Table<MetaRow, string>;
  declare _cursors: Table<CursorRow, string>;
  declare _conflicts: Table<ConflictRow, number>;

  /** Shared with the capture middleware: the clock and the transactions not to capture. */
  readonly capture: CaptureContext;
  #deviceId: string | null = null;
  readonly #now: () => number;

  constructor(options: DatabaseOptions = {}) {
    super(options.name ?? defaultDatabaseName, {
      ...(options.indexedDB === undefined ? {} : { indexedDB: options.indexedDB }),
      ...(options.IDBKeyRange === undefined ? {} : { IDBKeyRange: options.IDBKeyRange }),
    });
    this.capture = createCaptureContext();
    defineVersions(this);
    this.use(createCaptureMiddleware(this.capture));
    this.#now = options.now ?? (() => Date.now());
    // Runs on every open, before queued queries: the device id and the clock must exist before any write.
    this.on('ready', () => this.reloadDeviceState());
  }

  /** Reads the device id and the persisted clock from `_meta` (on open, and after a restore replaced them). */
  async reloadDeviceState(): Promise<void> {
    const previous = this.capture.clock?.last();
    const { deviceId, last } = await loadDeviceState(this);
    this.#deviceId = deviceId;
    const clock = createHlcClock({ device: deviceId, now: this.#now, ...(last === undefined ? {} : { last }) });
    // Never go back behind timestamps this instance already handed out.
    if (previous !== undefined) clock.observe(previous);
    this.capture.clock = clock;
  }

  /** This device's id (the `createdBy` of its records and the device part of its HLCs). */
  get deviceId(): string {
    if (this.#deviceId === null) throw new Error('the database is not open yet');
    return this.#deviceId;
  }

  /** This device's hybrid logical clock. */
  get clock(): HlcClock {
    if (this.capture.clock === null) throw new Error('the database is not open yet');
    return this.capture.clock;
  }

  /** Marks a running transaction so its writes are not captured (remote changes, restore). */
  markUncaptured(transaction: Transaction): void {
    this.capture.uncaptured.add(transaction.idbtrans);
  }
}

function defineVersions(db: Dexie): void {
  db.version(1).stores(schemaV1);
  db.version(2)
    .stores(schemaV2)
    .upgrade(async (tx) => {
      await tx
        .table('visits')
        .toCollection()
        .modify((visit: { followUps?: FollowUp[]; openFollowUpDues?: string[] }) => {
          visit.openFollowUpDues = openFollowUpDues(visit.followUps ?? []);
        });
    });
  db.version(3).stores(schemaV3).upgrade(upgradeToV3);
}

async function loadDeviceState(db: KakehashiDb): Promise<{ deviceId: string; last: string | undefined }> {
  return db.transaction('rw', db._meta, async () => {
    const stored = await db._meta.get(deviceIdMetaKey);
    let deviceId = typeof stored?.value === 'string' ? stored.value : null;
    if (deviceId === null) {
      deviceId = ulid();
      await db._meta.put({ key: deviceIdMetaKey, value: deviceId });
    }
    const clock = await db._meta.get(clockMetaKey);
    return { deviceId, last: typeof clock?.value === 'string' ? clock.value : undefined };
  });
}

/** Opens (creating or upgrading) the app database and waits until its device id and clock are ready. */
export async function openKakehashiDb(options: DatabaseOptions = {}): Promise<KakehashiDb> {
  const db = new KakehashiDb(options);
  await db.open();
  return db;
}
