/**
 * The floor plan holds (docs/architecture.md, "Floors"): dependency-cruiser checks the rules in
 * the repository's .dependency-cruiser.cjs over the server, the client and the dashboard — no
 * cycles; the kernel, common helpers, the database layer and access rules import no module; only
 * main.ts, the scripts and the bench import the composition root; the dashboard and the client
 * never import the server. A broken rule fails here with the offending imports listed. Then knip
 * (knip.json) finds no file nothing uses, no export nobody imports and no dependency a package
 * lists without using (or uses without listing), across the three packages.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');

interface Cruise {
  summary: {
    violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[];
    totalCruised: number;
    totalDependenciesCruised: number;
  };
}

function cruise(config: string): Cruise {
  // The package's exports hide its bin/ from require.resolve; npm installs it at the workspace root.
  const bin = path.join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const output = execFileSync(
    process.execPath,
    [bin, 'packages/server/src', 'packages/client/src', 'packages/dashboard/src', '--config', config, '--output-type', 'json', '--no-progress'],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(output) as Cruise;
}

describe('the floor plan', () => {
  test('dependency-cruiser finds no import against the rules', () => {
    const { summary } = cruise('.dependency-cruiser.cjs');
    expect(summary.totalCruised).toBeGreaterThan(300);
    const broken = summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(broken).toEqual([]);
  }, 120_000);

  test('knip finds no unused file, export or dependency', () => {
    const bin = path.join(REPO, 'node_modules/knip/bin/knip.js');
    let output = '';
    try {
      output = execFileSync(process.execPath, [bin, '--no-progress', '--no-config-hints'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    }
    expect(output.trim()).toBe('');
  }, 120_000);
});
