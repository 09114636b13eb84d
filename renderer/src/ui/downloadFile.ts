/** Hands a file to the browser's download (the browser route, where no save dialog of main exists). */
export function downloadFile(name: string, bytes: Uint8Array | string, type: string): void {
  const part = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
