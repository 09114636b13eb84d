import { describe, expect, it } from 'vitest';
import { backupFileArgument, createLaunchHandoff } from '../../../../main/src/services/shell/singleInstance.ts';

describe('a second launch', () => {
  it('finds the .kkbackup among its arguments, relative to where it started', () => {
    expect(backupFileArgument(['/opt/Kakehashi/kakehashi', '--no-sandbox', 'team.KKBACKUP'], '/home/a/Downloads')).toBe(
      '/home/a/Downloads/team.KKBACKUP',
    );
    expect(backupFileArgument(['kakehashi.exe', '/data/x.kkbackup'], '/')).toBe('/data/x.kkbackup');
    expect(backupFileArgument(['kakehashi.exe', '.', '--inspect=1'], '/')).toBeNull();
    expect(backupFileArgument(['kakehashi.exe', 'notes.txt'], '/')).toBeNull();
  });

  it('focuses the first window and offers the file on its restore screen, keeping the path in main', () => {
    const events: string[] = [];
    const handoff = createLaunchHandoff({
      focusWindow: () => events.push('focus'),
      rememberBackupFile: (path) => events.push(`remember ${path}`),
      offerRestore: (name) => events.push(`offer ${name}`),
    });
    handoff.secondInstance(['kakehashi', 'backup-2026.kkbackup'], '/home/a');
    expect(events).toEqual(['focus', 'remember /home/a/backup-2026.kkbackup', 'offer backup-2026.kkbackup']);
    events.length = 0;
    handoff.secondInstance(['kakehashi'], '/home/a');
    expect(events).toEqual(['focus']);
    events.length = 0;
    handoff.openFile('/Users/a/report.pdf');
    expect(events).toEqual([]);
  });
});
