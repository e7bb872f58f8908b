/**
 * Organization paths: every organization stores the ids from the root down to itself as
 * `/1/5/9/`, so a subtree is one range of a sorted index and a scope is one condition (see
 * access/scope.ts). Nothing here knows an organization; these are the path's own rules.
 */

export function pathOf(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function ancestorIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number).slice(0, -1);
}

/** The path of the organization above ('/1/5/' for '/1/5/9/'); null at the root. */
export function parentPath(path: string): string | null {
  const ids = path.split('/').filter(Boolean);
  return ids.length > 1 ? `/${ids.slice(0, -1).join('/')}/` : null;
}

/** The paths from the root down to this one, itself included: '/1/', '/1/5/', '/1/5/9/'. */
export function pathsFromRoot(path: string): string[] {
  // Each is the path cut after one of its slashes: no list of ids joined again per level
  // (the oversight figures call this once per keeping organization of the country).
  const paths: string[] = [];
  for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) paths.push(path.slice(0, end + 1));
  return paths;
}

/** The half-open range [low, high) of paths in the subtree below `path` (itself excluded by `>`). */
export function subtreeRange(path: string): { low: string; high: string } {
  // '/' is followed by '0' in both binary and Unicode collation order, and paths hold only digits and '/'.
  return { low: path, high: `${path.slice(0, -1)}0` };
}
