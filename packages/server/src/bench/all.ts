// `npm run bench`: the dashboard's list query and enrollment under contention (run.ts), then the
// coordinators' home page at national size (oversight.ts), each on SQLite and on MariaDB, then
// the dashboard's first load on a throttled phone in Chromium (page-load.ts).
// `npm run bench -- list …`, `… home …` or `… load …` runs one of them with its own flags.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const SCRIPTS = { list: 'run.js', home: 'oversight.js', load: 'page-load.js' } as const;
type Part = keyof typeof SCRIPTS;
/** Flags each part takes (with a value unless listed in SWITCHES); --dialects and --help go to both. */
const FLAGS: Record<Part, string[]> = {
  list: ['--size', '--duration', '--connections', '--per-page', '--cpu-prof', '--features-cost'],
  home: ['--chambers', '--people', '--runs', '--verbose', '--buffer-pool', '--reuse'],
  load: ['--loads', '--networks'],
};
const SHARED = ['--dialects', '--help'];
const SWITCHES = ['--verbose', '--help', '--features-cost'];

function run(part: Part, args: string[]): number {
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, SCRIPTS[part]), ...args], { stdio: 'inherit' });
  return result.status ?? 1;
}

function main(argv: string[]): number {
  const [first, ...rest] = argv;
  if (first === 'list' || first === 'home' || first === 'load') return run(first, rest);
  // Every part: hand each flag to the part that knows it.
  const parts: Record<Part, string[]> = { list: [], home: [], load: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i].split('=')[0];
    const flag = [argv[i]];
    if (!argv[i].includes('=') && !SWITCHES.includes(name) && i + 1 < argv.length) flag.push(argv[(i += 1)]);
    const owners = name === '--help' ? (Object.keys(SCRIPTS) as Part[]) : SHARED.includes(name) ? (['list', 'home'] as Part[]) : (Object.keys(FLAGS) as Part[]).filter((p) => FLAGS[p].includes(name));
    if (!owners.length) {
      console.error(`unknown flag ${name}; \`npm run bench -- list --help\`, \`… home --help\` and \`… load --help\` list them`);
      return 2;
    }
    for (const owner of owners) parts[owner].push(...flag);
  }
  const list = run('list', parts.list);
  if (list !== 0) return list;
  const home = run('home', parts.home);
  if (home !== 0) return home;
  return run('load', parts.load);
}

process.exit(main(process.argv.slice(2)));
