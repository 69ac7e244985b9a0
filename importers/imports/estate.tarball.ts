/**
 * A whole-estate archive as one .tar.gz (or .tgz) file, through the `tar`
 * package: the archive's files side by side at the top, no folders. On the
 * way in, only plain files at the top are unpacked (no paths, links or
 * devices), so a crafted tarball cannot write outside the scratch folder;
 * anything else in it is reported by name and refused.
 */
import { create, extract, list } from 'tar';
import { EstateError } from '../../graph/platform/errors';

export const isTarball = (path: string): boolean => /\.(tar\.gz|tgz)$/i.test(path);

/** Pack these files of `folder` into `file` (gzip, portable: no owner, user or host names). */
export async function packFolder(folder: string, file: string, names: readonly string[]): Promise<void> {
  await create({ gzip: true, portable: true, file, cwd: folder }, [...names]);
}

const plainTopFile = (path: string, type: string) => type === 'File' && /^[A-Za-z0-9._-]+$/.test(path);

/** Unpack `file` into `folder`; refuses (writing nothing) a tarball holding anything but plain files at the top. */
export async function unpackTarball(file: string, folder: string): Promise<void> {
  const odd: string[] = [];
  try {
    await list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (!plainTopFile(entry.path, entry.type)) odd.push(`${entry.path} (${entry.type})`);
      },
    });
  } catch (error) {
    throw new EstateError('BAD_USER_INPUT', `${file} is not a readable .tar.gz: ${(error as Error).message}`, [
      { field: 'file', reason: `not a readable .tar.gz (${(error as Error).message}); nothing was written` },
    ]);
  }
  if (odd.length)
    throw new EstateError('BAD_USER_INPUT', `${file} holds more than an archive's files: ${odd.join(', ')}`, [
      { field: 'file', reason: `only plain files at the top are read; found ${odd.join(', ')}; nothing was written` },
    ]);
  await extract({ file, cwd: folder, strict: true });
}
