import { ancestorIds, pathOf, pathsFromRoot } from './paths';

describe('organization paths', () => {
  it('lists the paths from the root down to a path, itself included', () => {
    expect(pathsFromRoot('/1/')).toEqual(['/1/']);
    expect(pathsFromRoot('/1/5/9/')).toEqual(['/1/', '/1/5/', '/1/5/9/']);
    expect(pathsFromRoot('/12/345/6789/')).toEqual(['/12/', '/12/345/', '/12/345/6789/']);
  });

  it('agrees with the ids a path is built from, at every depth', () => {
    let path: string | null = null;
    const ids = [7, 70, 700, 7000, 70000, 3];
    for (const id of ids) {
      path = pathOf(path, id);
      const built = [...ancestorIds(path), id].reduce<string[]>((paths, each) => [...paths, pathOf(paths[paths.length - 1] ?? null, each)], []);
      expect(pathsFromRoot(path)).toEqual(built);
    }
  });
});
