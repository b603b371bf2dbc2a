import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The web console's bundle: one place for how it is built (esbuild) and where it is found.
 *
 * Compiled (`npm run build`, the Docker image): scripts/build-console.ts wrote dist/console/{app.js,app.css}, and
 * the gateway serves those files. From source (`npm start` under tsx, the tests under vitest): there is no prebuilt
 * bundle to trust, so the console is built in memory from console/src on first use and rebuilt on every page load,
 * so an edit shows on the next reload.
 */
export interface ConsoleAsset {
  readonly body: Buffer;
  readonly type: string;
}

export interface ConsoleBundle {
  /** Called on each page load: a no-op for a prebuilt bundle, an incremental rebuild from source. */
  refresh(): Promise<void>;
  asset(name: string): Promise<ConsoleAsset | undefined>;
  close(): Promise<void>;
}

export const CONSOLE_ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

const here = dirname(fileURLToPath(import.meta.url));
const runningFromSource = import.meta.url.endsWith('.ts');
/** src/server → the repository; dist/src/server → dist. */
const repositoryRoot = resolve(here, runningFromSource ? '../..' : '../../..');
export const CONSOLE_SOURCE_ENTRY = join(repositoryRoot, 'console/src/main.tsx');
export const CONSOLE_BUILD_DIR = join(repositoryRoot, 'dist/console');

/** The esbuild options of both the production build and the in-memory development build. */
export function consoleBuildOptions(production: boolean) {
  return {
    entryPoints: { app: CONSOLE_SOURCE_ENTRY },
    bundle: true,
    format: 'esm' as const,
    platform: 'browser' as const,
    target: ['es2022'],
    jsx: 'automatic' as const,
    minify: production,
    sourcemap: production ? false : ('inline' as const),
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
  };
}

/** Writes dist/console/app.js and app.css (the production build). */
export async function buildConsole(): Promise<string[]> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({ ...consoleBuildOptions(true), outdir: CONSOLE_BUILD_DIR, metafile: true });
  return Object.keys(result.metafile.outputs);
}

function prebuiltBundle(): ConsoleBundle {
  const assets = new Map<string, ConsoleAsset>();
  for (const [name, type] of Object.entries(CONSOLE_ASSETS)) {
    assets.set(name, { body: readFileSync(join(CONSOLE_BUILD_DIR, name)), type });
  }
  return {
    refresh: async () => undefined,
    asset: async (name) => assets.get(name),
    close: async () => undefined,
  };
}

async function sourceBundle(): Promise<ConsoleBundle> {
  const esbuild = await import('esbuild');
  const context = await esbuild.context({ ...consoleBuildOptions(false), outdir: 'console-out', write: false });
  let assets = new Map<string, ConsoleAsset>();
  let building: Promise<void> | undefined;
  const rebuild = () => {
    // Concurrent page loads share one build.
    building ??= context
      .rebuild()
      .then((result) => {
        const next = new Map<string, ConsoleAsset>();
        for (const file of result.outputFiles ?? []) {
          const name = file.path.split('/').pop() ?? '';
          const type = CONSOLE_ASSETS[name];
          if (type) next.set(name, { body: Buffer.from(file.contents), type });
        }
        assets = next;
      })
      .finally(() => {
        building = undefined;
      });
    return building;
  };
  return {
    refresh: rebuild,
    async asset(name) {
      if (assets.size === 0) await rebuild();
      return assets.get(name);
    },
    close: () => context.dispose(),
  };
}

/** The prebuilt bundle when running compiled code, else an in-memory build from source. */
export async function openConsoleBundle(): Promise<ConsoleBundle> {
  if (!runningFromSource) {
    if (!existsSync(join(CONSOLE_BUILD_DIR, 'app.js'))) {
      throw new Error(`the console bundle is missing at ${CONSOLE_BUILD_DIR}: run \`npm run build\``);
    }
    return prebuiltBundle();
  }
  return sourceBundle();
}
