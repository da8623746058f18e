import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/errors.js';
import { HELP_TOPIC_NAMES } from '../../src/help/topics.js';
import { COLLECTION_NAMES } from '../../src/model/vocabulary.js';
import { FORMATS } from '../../src/spec/formats.js';
import { ROOT, runCli } from '../helpers.js';

describe('car-brief help <topic>', () => {
  it('prints each topic, on a terminal and in a pipe alike, exit 0', async () => {
    for (const topic of HELP_TOPIC_NAMES) {
      const piped = await runCli(['help', topic]);
      expect(piped.code, topic).toBe(0);
      expect(piped.stderr).toBe('');
      expect(piped.stdout.length).toBeGreaterThan(200);
      // The topic's own text, even where a command has the same name (check).
      expect(piped.stdout, topic).not.toMatch(/^Usage: /);
      expect((await runCli(['help', topic], { tty: true })).stdout).toBe(piped.stdout);
      // Written for an 80-column terminal.
      for (const line of piped.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it('explains every exit code errors.ts defines, and every format', async () => {
    const codes = (await runCli(['help', 'exit-codes'])).stdout;
    for (const code of Object.values(ExitCode)) expect(codes).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    const formats = (await runCli(['help', 'formats'])).stdout;
    for (const format of FORMATS) expect(formats).toMatch(new RegExp(`^  ${format} +\\w`, 'm'));
    expect(formats).not.toContain('(not described)');
  });

  it("still prints a command's help, as --help does", async () => {
    const help = await runCli(['help', 'timeline']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await runCli(['timeline', '--help'])).stdout);
    expect(help.stdout).toContain('--since <date>');
    expect((await runCli(['help', 'events'])).stdout).toBe(help.stdout);
    const general = await runCli(['help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('help [command|topic]');
  });

  it("prints a verb's help (help sources add), and lists the verbs in its noun's help", async () => {
    const help = await runCli(['help', 'sources', 'add']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await runCli(['sources', 'add', '--help'])).stdout);
    expect(help.stdout).toMatch(/^Usage: car-brief sources add \[options\] <file>/);
    expect(help.stdout).toContain('--derived-from <source>');
    expect((await runCli(['help', 'sources'])).stdout).toMatch(
      /Commands:\n {2}add \[options\] <file> +add a source/,
    );
    const bogus = await runCli(['help', 'sources', 'adds']);
    expect([bogus.code, bogus.stderr]).toEqual([
      2,
      `car-brief: sources has no verb 'adds' (did you mean "add"?); its verbs: add, update\n`,
    ]);
    const topic = await runCli(['help', 'formats', 'tsv']);
    expect([topic.code, topic.stderr]).toEqual([
      2,
      'car-brief: formats is a help topic, with no verbs: car-brief help formats\n',
    ]);
  });

  it('refuses an unknown topic with a suggestion (exit 2)', async () => {
    const { code, stdout, stderr } = await runCli(['help', 'exitcodes']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^car-brief: unknown command or help topic 'exitcodes' \(did you mean "exit-codes"\?\)/,
    );
    expect(stderr.split('\n')).toHaveLength(2);
  });
});

describe('car-brief init <dir>', () => {
  const fresh = () => mkdtempSync(join(tmpdir(), 'car-brief-init-'));

  it('starts a dataset that validates: a dataset file and five collections naming the installed schemas, texts/, a README', async () => {
    const cwd = fresh();
    const made = await runCli(['init', 'my-data'], { cwd });
    expect(made.code).toBe(0);
    expect(made.stdout.split('\n')[0]).toBe('created my-data/texts/');
    expect(made.stdout).toContain('next: car-brief validate --data my-data\n');
    const dir = join(cwd, 'my-data');
    expect(readdirSync(dir).sort()).toEqual(
      [
        'dataset.yaml',
        ...COLLECTION_NAMES.map((n) => `${n}.yaml`),
        'README.md',
        '.gitattributes',
        'texts',
      ].sort(),
    );
    for (const name of [...COLLECTION_NAMES, 'dataset']) {
      const first = readFileSync(join(dir, `${name}.yaml`), 'utf8').split('\n')[0]!;
      const schema = first.replace('# yaml-language-server: $schema=', '');
      expect(schema).toBe(join(ROOT, 'schema', `${name}.schema.json`));
      expect(existsSync(schema)).toBe(true);
    }
    // Kept in git, its collection files merge by record id once git knows the driver (docs/team.md).
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toMatch(/^\*\.yaml merge=car-brief$/m);
    const valid = await runCli(['validate', '--data', 'my-data'], { cwd });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toBe(
      'my-data: valid (0 sources, 0 actors, 0 events, 0 issues, 0 claims, 0 citations)\n',
    );
  });

  it("writes examples in each collection that validate once uncommented, with the example source's", async () => {
    const cwd = fresh();
    expect((await runCli(['init', 'ex'], { cwd })).code).toBe(0);
    // What a user does: take the "# " off each example line, and the [] that stood for no records.
    const uncomment = (name: string) => {
      const path = join(cwd, 'ex', `${name}.yaml`);
      const lines = readFileSync(path, 'utf8').split('\n');
      const examples = lines.filter((line) => /^# ( |- )/.test(line)).map((line) => line.slice(2));
      expect(examples.length, name).toBeGreaterThan(3);
      writeFileSync(path, [lines[0], ...examples, ''].join('\n'));
    };
    uncomment('sources');
    const one = await runCli(['validate', '--data', 'ex'], { cwd });
    expect(one.stdout + one.stderr).toMatch(/valid \(1 sources, 0 actors/);
    for (const name of COLLECTION_NAMES.filter((n) => n !== 'sources')) uncomment(name);
    const all = await runCli(['validate', '--data', 'ex'], { cwd });
    expect(all.stderr).toBe('');
    expect(all.stdout).toBe('ex: valid (1 sources, 1 actors, 1 events, 1 issues, 1 claims, 4 citations)\n');
    expect(all.code).toBe(0);
  });

  it('copies the built-in data with --with-builtin, which validates as the built-in data does', async () => {
    const cwd = fresh();
    expect((await runCli(['init', 'copy', '--with-builtin'], { cwd })).code).toBe(0);
    const copy = await runCli(['validate', '--data', 'copy'], { cwd });
    const builtin = await runCli(['validate']);
    expect(copy.code).toBe(0);
    expect(copy.stdout.replace(/^copy: /, '')).toBe(builtin.stdout.replace(/^built-in dataset: /, ''));
    expect(readFileSync(join(cwd, 'copy/claims.yaml'), 'utf8').split('\n')[0]).toContain(
      join(ROOT, 'schema'),
    );
  });

  it('writes a dataset file: all comments in a new dataset, the built-in one with --with-builtin', async () => {
    const cwd = fresh();
    expect((await runCli(['init', 'new'], { cwd })).code).toBe(0);
    const lines = readFileSync(join(cwd, 'new/dataset.yaml'), 'utf8').trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('#'))).toBe(true);
    expect(lines.join('\n')).toMatch(/^# perspective: /m);
    // Each field, uncommented, is valid as it stands (but the perspective, which names no country yet).
    const uncommented = lines
      .filter((line) => !/^# (perspective|yaml-language-server):/.test(line))
      .map((line) => line.replace(/^# ?/, ''))
      .filter((line) => /^\s*[a-z_]+:/.test(line));
    writeFileSync(join(cwd, 'new/dataset.yaml'), uncommented.join('\n') + '\n');
    expect((await runCli(['validate', '--data', 'new'], { cwd })).code).toBe(0);
    expect((await runCli(['init', 'copy', '--with-builtin'], { cwd })).code).toBe(0);
    const copy = readFileSync(join(cwd, 'copy/dataset.yaml'), 'utf8');
    expect(copy.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${join(ROOT, 'schema', 'dataset.schema.json')}`,
    );
    expect(copy).toContain('\nperspective: pakistan\n');
    const help = (await runCli(['help', 'data'])).stdout;
    expect(help).toContain('dataset.yaml');
    expect(help).toContain('perspective');
  });

  it('never overwrites: a file in the way stops it before it writes anything (exit 2)', async () => {
    const cwd = fresh();
    const dir = join(cwd, 'mine');
    expect((await runCli(['init', dir], { cwd })).code).toBe(0);
    writeFileSync(join(dir, 'claims.yaml'), 'my own claims\n');
    const again = await runCli(['init', dir], { cwd });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      `car-brief: init ${dir}: dataset.yaml exists (and 7 more); init never overwrites a file\n`,
    );
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toBe('my own claims\n');

    const partly = join(cwd, 'partly');
    expect((await runCli(['init', partly], { cwd })).code).toBe(0);
    const withBuiltin = await runCli(['init', partly, '--with-builtin'], { cwd });
    expect(withBuiltin.code).toBe(2);
    expect(readdirSync(join(partly, 'texts'))).toEqual([]); // the texts were not copied either
  });

  it('stops at a texts that is a file, a link or a dangling link, naming it (exit 2), writing nothing', async () => {
    const cwd = fresh();
    mkdirSync(join(cwd, 'file'));
    writeFileSync(join(cwd, 'file/texts'), 'x');
    mkdirSync(join(cwd, 'dangling'));
    symlinkSync(join(cwd, 'nowhere'), join(cwd, 'dangling/texts'));
    mkdirSync(join(cwd, 'linked'));
    symlinkSync(cwd, join(cwd, 'linked/texts'));
    const link = 'is a symbolic link, which init does not follow';
    for (const [dir, why] of [
      ['file', 'exists and is not a directory'],
      ['dangling', link],
      ['linked', link],
    ] as const) {
      for (const builtin of [[], ['--with-builtin']]) {
        const { code, stdout, stderr } = await runCli(['init', dir, ...builtin], { cwd });
        expect(code, stderr).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe(`car-brief: init ${dir}: texts ${why}; init never overwrites a file\n`);
        expect(readdirSync(join(cwd, dir))).toEqual(['texts']);
      }
    }
    const inFile = await runCli(['init', 'file/texts/new'], { cwd });
    expect(inFile.code).toBe(2);
    expect(inFile.stderr).toBe(
      'car-brief: init file/texts/new: a part of the path is a file, not a directory\n',
    );
  });

  it('refuses a path that is a file, and an empty one (exit 2)', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'notes.txt'), 'x');
    const file = await runCli(['init', 'notes.txt'], { cwd });
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('car-brief: init notes.txt: exists and is not a directory\n');
    expect((await runCli(['init', ''], { cwd })).code).toBe(2);
    // From a working directory that is gone, only an absolute path can be meant.
    const gone = await runCli(['init', 'x'], { cwd: undefined });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toBe(
      'car-brief: init x: the working directory no longer exists; give an absolute path\n',
    );
  });

  it('lists the files as TSV or JSON on request', async () => {
    const cwd = fresh();
    const { stdout } = await runCli(['init', 'd', '--json'], { cwd });
    expect(JSON.parse(stdout)).toEqual({
      dir: 'd',
      files: [
        'texts/',
        'dataset.yaml',
        ...COLLECTION_NAMES.map((n) => `${n}.yaml`),
        'README.md',
        '.gitattributes',
      ],
    });
  });
});
