import { homedir } from 'node:os';

/** A path with a leading `~` (alone or before `/`) made the home folder, as Python's `os.path.expanduser`. */
export function expandHome(path: string, home: string = homedir()): string {
  return path.replace(/^~(?=$|\/)/, home);
}
