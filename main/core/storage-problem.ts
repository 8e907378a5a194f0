// What staff are told when the data folder cannot be written. Never the path or the file's
// contents (those go to the log): words a receptionist can act on, from the error's code.

const BY_CODE: Record<string, string> = {
  EROFS: 'The kiosk’s storage has become read-only (often a worn SD card or disk)',
  ENOSPC: 'The kiosk’s storage is full',
  EDQUOT: 'The kiosk’s storage is full (the disk quota is used up)',
  EACCES: 'The kiosk is not allowed to write to its data folder',
  EPERM: 'The kiosk is not allowed to write to its data folder',
  EIO: 'The kiosk’s storage reported a read or write error (the SD card or disk may be failing)',
  ENOENT: 'The kiosk’s data folder is missing',
  ENOTDIR: 'The kiosk’s data folder is missing',
};

/** One sentence, no path, no file contents. */
export function describeStorageError(error: unknown): string {
  return storageWords(error) ?? 'The kiosk could not write to its storage';
}

/** The words for a storage error's code, or undefined when it is not one we know. */
export function storageWords(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? BY_CODE[code] : undefined;
}

/** What to do about it, for the end of a message staff see. */
export const STORAGE_ADVICE =
  'Nothing was changed: the display keeps showing the current settings. Ask whoever looks after the kiosk computer to check its disk, then restart the kiosk.';
