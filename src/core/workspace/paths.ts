// Path helpers shared by the workspace scan and the reporters. Findings always carry root-relative POSIX paths.
import * as path from 'node:path';

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
