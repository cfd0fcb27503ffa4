// Packs the package as `npm publish` would, installs the tarball into a throw-away project
// and uses it from there the way a consumer does: import (ESM), require (CJS) and tsc.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';

const root = resolve(import.meta.dirname, '../..');
const consumerSources = join(import.meta.dirname, 'consumer');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

let work = '';
let project = '';
let tarball = '';
let packedFiles: string[] = [];
let installedWith = '';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/**
 * `npm install <tarball>` from the npm cache (`--offline`), then allowing the registry
 * (`--prefer-offline`); if neither works (no cache, no registry), the tarball is unpacked
 * and only its declared dependencies are linked from this repository's node_modules, which
 * still proves that the package needs nothing it does not declare.
 */
function installTarball(): string {
  const common = ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'];
  for (const mode of ['--offline', '--prefer-offline']) {
    try {
      run('npm', [...common, mode], project);
      return `npm install ${mode}`;
    } catch {
      rmSync(join(project, 'node_modules'), { recursive: true, force: true });
    }
  }
  const modules = join(project, 'node_modules');
  const target = join(modules, pkg.name);
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], project);
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) {
    const link = join(modules, dep);
    mkdirSync(resolve(link, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), link, 'dir');
  }
  return 'unpacked tarball + linked dependencies';
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  work = mkdtempSync(join(tmpdir(), 'ru-news-parser-pack-'));
  const packed = JSON.parse(run('npm', ['pack', '--pack-destination', work, '--json', '--loglevel=error'], root)) as [
    { filename: string; files: { path: string }[] },
  ];
  tarball = join(work, packed[0].filename);
  packedFiles = packed[0].files.map((f) => f.path).sort();

  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const file of readdirSync(consumerSources)) {
    copyFileSync(join(consumerSources, file), join(project, file.replace(/\.tpl$/, '')));
  }
  installedWith = installTarball();
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds only the build output, README and package.json', () => {
    expect(packedFiles).toContain('package.json');
    expect(packedFiles).toContain('dist/index.js');
    expect(packedFiles).toContain('dist/index.cjs');
    expect(packedFiles).toContain('dist/index.d.ts');
    expect(packedFiles).toContain('dist/index.d.cts');
    const stray = packedFiles.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE|CHANGELOG\.md$)/.test(f));
    expect(stray).toEqual([]);
  });

  it('installs into a fresh project', () => {
    console.log(`installed with: ${installedWith}`);
    expect(existsSync(join(project, 'node_modules', pkg.name, 'package.json'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/zod/package.json'))).toBe(true);
  });

  const expectedExports = Object.keys(source).sort();
  const expectWorking = (out: Record<string, unknown>) => {
    expect(out.exports).toEqual(expectedExports);
    expect(out.emptyInput).toEqual({ success: false, code: 'EMPTY_INPUT', isArticleParseError: true });
    expect(out.badRule).toEqual({ isArticleParseError: true, code: 'INVALID_OPTIONS' });
    expect(out.rule).toBe('kaluga-news');
    expect(out.schemaDraft).toBe('https://json-schema.org/draft/2020-12/schema');
  };

  it('is imported from an ES module (dist/index.js)', () => {
    const out = JSON.parse(run(process.execPath, ['esm.mjs'], project)) as Record<string, unknown>;
    expectWorking(out);
    expect(out.resolved).toMatch(new RegExp(`node_modules/${pkg.name}/dist/index\\.js$`));
  });

  it('is required from a CommonJS script (dist/index.cjs)', () => {
    const out = JSON.parse(run(process.execPath, ['cjs.cjs'], project)) as Record<string, unknown>;
    expectWorking(out);
    expect(out.resolved).toMatch(new RegExp(`node_modules/${pkg.name}/dist/index\\.cjs$`));
  });

  it.each(['nodenext', 'bundler'])('type-checks a consumer with moduleResolution %s', (resolution) => {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        module: resolution === 'bundler' ? 'preserve' : 'nodenext',
        moduleResolution: resolution,
        types: [],
        skipLibCheck: false,
      },
      // The CJS consumer only makes sense under Node's own resolution.
      files: resolution === 'bundler' ? ['consumer.mts'] : ['consumer.mts', 'consumer.cts'],
    };
    const configFile = `tsconfig.${resolution}.json`;
    writeFileSync(join(project, configFile), JSON.stringify(tsconfig));
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      output = run(process.execPath, [tsc, '-p', configFile, '--listFiles'], project);
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      const errors = (e.stdout ?? '').split('\n').filter((line) => line.includes(': error TS'));
      throw new Error(`tsc failed:\n${errors.join('\n')}${e.stderr ?? ''}`);
    }
    // The types came from the installed tarball: .d.ts for import, .d.cts for require.
    const files = output.split('\n').map((line) => line.trim());
    const installed = (file: string) => files.some((f) => f.endsWith(`node_modules/${pkg.name}/dist/${file}`));
    expect(installed('index.d.ts')).toBe(true);
    expect(installed('index.d.cts')).toBe(resolution === 'nodenext');
  });
});
