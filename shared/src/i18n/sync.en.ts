import type { LocaleShape } from './localeShape.ts';
import type { syncJa } from './sync.ja.ts';

/** English text of the Sync screen; keys mirror `syncJa`. */
export const syncEn: LocaleShape<typeof syncJa> = {
  target: {
    title: 'Sync target',
    kind: 'Kind of target',
    folder: 'Shared folder',
    webdav: 'WebDAV server',
    s3: 'S3-compatible storage',
    path: 'Folder path',
    chooseFolder: 'Choose folder…',
    pathHelp: 'e.g. \\\\nas\\kakehashi or /mnt/share/kakehashi',
    url: 'URL',
    username: 'User name',
    password: 'Password',
    secretKept: 'Saved (type only to change it)',
    endpoint: 'Endpoint',
    region: 'Region',
    bucket: 'Bucket',
    prefix: 'Folder (optional)',
    accessKeyId: 'Access key ID',
    secretAccessKey: 'Secret key',
    pathStyle: 'Use path-style URLs (MinIO, Ceph)',
    encrypt: 'End-to-end encryption (team passphrase)',
    passphrase: 'Passphrase',
    deviceName: 'Name of this device',
    autoSync: 'Auto-sync interval (minutes, 0 = off)',
    save: 'Save',
    saved: 'Sync target saved.',
    test: 'Test connection',
    testEmpty: 'Connected. There is no team yet; the first sync creates it.',
    testTeam: 'Connected. This is the folder of team “{{name}}”.',
    testEncrypted: '(encrypted)',
    secretDropped:
      'The server details (URL, user name, bucket …) changed, so the saved password or secret key was discarded. Enter it again.',
    plainHttpWarning:
      'This URL uses unencrypted http://: the user name and password cross the network as they are. Use https:// if you can.',
    allowPlainHttp: 'I accept sending the password over unencrypted http://',
    storageProtected: 'Passwords and the passphrase are stored encrypted by the OS keychain ({{backend}}).',
    storageUnprotected:
      'This computer has no usable keychain ({{backend}}): passwords and the passphrase would be stored practically unprotected. Setting up GNOME Keyring or KWallet is recommended.',
    storageUnavailable:
      'The OS keychain is not available on this computer, so passwords and the passphrase cannot be stored.',
    allowUnprotected: 'I accept storing passwords and the passphrase without protection',
    recovered:
      'The sync settings file (sync.json) could not be read. It was kept as {{backupFile}} and the sync settings were reset. Set up the sync target again.',
  },
  dialog: {
    confirmFolderMessage: 'Use this folder as the sync target?',
    confirmFolderDetail:
      'The path was typed on the screen. Kakehashi will create and delete sync files in this folder.\n\n{{path}}',
    confirmFolderUse: 'Use this folder',
    confirmFolderCancel: 'Cancel',
  },
  run: {
    title: 'Run sync',
    now: 'Sync now',
    cancel: 'Cancel',
    running: 'Syncing…',
    progress_one: 'Files {{files}} / {{total}} · {{bytes}} · {{records}} record',
    progress_other: 'Files {{files}} / {{total}} · {{bytes}} · {{records}} records',
    pending: 'Local changes not yet sent: {{count}}',
    last: 'Last sync',
    never: 'Not synced yet.',
    lastOk: 'Finished {{at}}: {{sent}}, {{received}}, {{applied}}',
    sentFiles_one: 'sent {{count}} file',
    sentFiles_other: 'sent {{count}} files',
    receivedFiles_one: 'received {{count}} file',
    receivedFiles_other: 'received {{count}} files',
    appliedRecords_one: 'applied {{records}} record',
    appliedRecords_other: 'applied {{records}} records',
    lastFailed: 'Failed {{at}}: {{message}}',
    autoOn_one: 'Syncs automatically every minute when online.',
    autoOn_other: 'Syncs automatically every {{minutes}} minutes when online.',
  },
  devices: {
    title: 'Devices in sync',
    none: 'No other devices yet.',
    device: 'Device',
    lastSeen: 'Last sync',
    batches: 'Change files',
  },
  conflicts: {
    title: 'Conflicts',
    none: 'No conflicts.',
    intro: 'The same field was changed on different devices. The value that was not kept is shown here.',
    record: 'Record',
    field: 'Field',
    kept: 'Current value',
    lost: 'Value not kept',
    actions: 'Actions',
    pick: 'Use this value',
    dismiss: 'Keep the current value',
    side: '{{device}}, {{at}}',
    thisDevice: 'This device',
    unnamed: '(record without a name)',
  },
  problems: {
    title: 'Change files on hold',
    none: 'No files on hold.',
    corrupt: 'File {{seq}} of device {{device}} is damaged. It was neither applied nor deleted.',
    gap: 'File {{seq}} of device {{device}} has not arrived yet. Waiting for it.',
    fork: 'File {{seq}} of device {{device}} does not match. One device id may be in use on two machines.',
    quarantined:
      'File {{seq}} of device {{device}} is dated too far in the future and is on hold (check that device’s clock).',
    blobMissing: 'The file of attachment “{{subject}}” is not on this device; only its record was sent to the target.',
    blobWaiting:
      'The file of attachment “{{subject}}” has not reached the target yet. It is fetched again on the next sync.',
    blobCorrupt: 'The file of attachment “{{subject}}” is damaged. It was not stored.',
    snapshotCorrupt: 'Snapshot {{subject}} is damaged and was not used; the change files were read instead.',
    refused:
      'A value of {{fields}} of “{{subject}}” sent by device {{device}} is not valid and was not applied. Its other fields, and later valid values, are applied.',
    newerVersion:
      'Device {{device}} runs a newer version of Kakehashi. Changes this version cannot handle ({{subject}}) are kept and applied once the app is updated.',
  },
  errors: {
    'target-missing': 'The sync target cannot be found. Check the folder or server. No local data was deleted.',
    'target-empty': 'The sync target is empty. The first device to sync creates the team.',
    'other-team': 'This sync target belongs to another team. Check that the folder or URL is the right one.',
    'newer-format': 'The sync target was made by a newer version of the app. Please update.',
    'wrong-passphrase':
      'The passphrase is wrong. Type the team’s passphrase again in the sync target settings and save.',
    'passphrase-required': 'This team is encrypted. Enter the passphrase.',
    'encryption-removed':
      'This team was encrypted, but the team file (team.json) on the target no longer asks for encryption. It may have been replaced, so nothing was sent or received. Check with whoever manages the target.',
    'corrupt-batch':
      'A change file is damaged. See the device and number under “Change files on hold” and sync again on that device.',
    'corrupt-team-file':
      'The team file (team.json) on the target is damaged. Ask the target’s administrator. Local data was not changed.',
    unauthorized: 'Wrong user name or password (401).',
    forbidden: 'Access is not allowed (403). Ask the target’s administrator whether this user may write there.',
    'not-found': 'The target URL was not found (404).',
    'precondition-failed': 'The server refused the write (412).',
    'server-error': 'The server had an error (5xx). Try again later.',
    'captive-portal': 'A sign-in page answered instead of the server. Sign in to the Wi-Fi first.',
    network: 'Cannot reach the server. Check the network.',
    'outside-root': 'Files pointing outside the sync folder are not used.',
    fork: 'This device id is also used on another machine.',
    cancelled: 'Sync cancelled. The next sync continues where it stopped.',
    'io-failed':
      'Reading or writing a file failed. Check that the sync folder is writable and has free space, then try again.',
    'folder-not-chosen':
      'This folder has not been confirmed as the sync target. Pick it with “Choose folder…”, or press “Use this folder” in the confirmation.',
    'credentials-in-url':
      'Do not put a user name or password in the URL. Enter them in the “User name” and “Password” fields.',
    'plain-http': 'This URL uses unencrypted http://. Read the warning and tick the box before the password is sent.',
    'secrets-unprotected':
      'Passwords and the passphrase would be stored without protection on this computer. Tick the box to accept that and save.',
    'secrets-unavailable':
      'The OS keychain is not available on this computer, so passwords and the passphrase cannot be stored.',
    'secret-missing': 'No secret key is saved for this sync target. Enter it again in the sync settings.',
    'invalid-id': 'A team or device id is malformed (letters, digits, “_” or “-”, at most 64).',
    'listing-too-large':
      'The sync target lists more files, or needs more requests, than the limit. Check that its URL or folder is the right one. Local data was not changed.',
    'listing-timed-out':
      'Listing the sync target took longer than the time limit: the server does not answer or is too slow. Try again later or check the target.',
    unknown: 'Sync failed. Try “Sync now” again later; if it keeps failing, check the sync target settings.',
  },
};
