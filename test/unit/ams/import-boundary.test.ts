import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const amsDir = join(root, 'src', 'ams');
const allowedDirs = [amsDir, join(root, 'src', 'shared')];
/** The HTTP client the transport is built on and the project's one cache library (parsed keys); nothing else from npm. */
const allowedPackages = ['axios', 'lru-cache'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier in import/export-from/dynamic import statements. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

describe('src/ams import boundary', () => {
  const files = sourceFiles(amsDir);

  it('finds the library files', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('imports only src/ams, src/shared, node built-ins and axios', () => {
    const violations: string[] = [];
    for (const file of files) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          if (!allowedDirs.some((dir) => target === dir || target.startsWith(dir + sep))) {
            violations.push(`${relative(root, file)} → ${specifier}`);
          }
          if (!specifier.endsWith('.js')) violations.push(`${relative(root, file)} → ${specifier} (missing .js)`);
        } else if (!allowedPackages.includes(specifier) && (!specifier.startsWith('node:') || !builtinModules.includes(specifier.slice(5)))) {
          violations.push(`${relative(root, file)} → ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the shared modules the library uses import nothing outside src/shared except pino', () => {
    const shared = join(root, 'src', 'shared');
    const violations: string[] = [];
    for (const file of sourceFiles(shared)) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          if (!resolve(dirname(file), specifier).startsWith(shared + sep)) violations.push(`${relative(root, file)} → ${specifier}`);
        } else if (!specifier.startsWith('node:') && specifier !== 'pino') {
          violations.push(`${relative(root, file)} → ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
