/**
 * .pre-commit-hooks.yaml: what pre-commit reads from this repository. pre-commit installs a
 * `language: node` hook by `npm install`, `npm pack` and `npm install -g` of the pack, so the pack
 * must build the command (prepack) and `entry` must be the package's bin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './run-cli';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  types?: string[];
  description?: string;
}

const hooks = load(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
};

describe('.pre-commit-hooks.yaml', () => {
  it('declares one node hook whose entry is the package bin', () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(hook).toMatchObject({ id: 'pitchlint', name: 'pitchlint', entry: 'pitchlint', language: 'node' });
    expect(typeof hook.description).toBe('string');
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
  });

  it('runs on .txt and .md templates only', () => {
    const files = new RegExp(hooks[0]!.files!);
    for (const path of ['templates/intro.txt', 'posts/launch.md', 'a b/c.txt']) expect(files.test(path), path).toBe(true);
    for (const path of ['package.json', 'src/cli/run.ts', 'notes.txt.bak', 'README.mdx']) expect(files.test(path), path).toBe(false);
    expect(hooks[0]!.types).toEqual(['text']);
  });

  it('gets a built command from npm pack (prepack builds dist-lib, which the package ships)', () => {
    expect(pkg.scripts.prepack).toBe('npm run build:lib');
    expect(pkg.scripts['build:lib']).toMatch(/vite build -c vite\.lib\.config\.ts/);
    expect(pkg.files).toContain('dist-lib');
    expect(pkg.bin.pitchlint).toMatch(/^dist-lib\//);
  });
});
