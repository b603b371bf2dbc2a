import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/index.js';

describe('loadConfig', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'agw-config-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const masterKey = randomBytes(32).toString('base64');

  it('applies defaults and freezes the result', () => {
    const config = loadConfig({ MASTER_KEY: masterKey, DATA_DIR: dataDir() });
    expect(config.http.port).toBe(4000);
    expect(config.database.kind).toBe('embedded');
    expect(config.sandboxEnabled).toBe(true);
    expect(config.logLevel).toBe('info');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.http)).toBe(true);
    expect(config.warnings).toEqual([]);
  });

  it('uses DATABASE_URL when given and turns the sandbox off in production', () => {
    const config = loadConfig({
      MASTER_KEY: masterKey,
      DATABASE_URL: 'postgres://u:p@db:5432/gw',
      NODE_ENV: 'production',
      DATA_DIR: dataDir(),
    });
    expect(config.database.kind).toBe('external');
    expect(config.sandboxEnabled).toBe(false);
    expect(JSON.stringify(config)).not.toContain('u:p@');
  });

  it('names the variable, the problem and the expectation, without echoing secrets', () => {
    const attempt = () =>
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://secret-password@x', SANDBOX_ENABLED: 'maybe', DATA_DIR: dataDir() });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/PORT: expected 0\.\.65535 \(got "99999"\)/);
    expect(message).toMatch(/DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL \(got set \(value hidden\)\)/);
    expect(message).toMatch(/SANDBOX_ENABLED: expected true or false \(got "maybe"\)/);
    expect(message).not.toContain('secret-password');
  });

  it('rejects a master key of the wrong size, naming the variable', () => {
    expect(() => loadConfig({ MASTER_KEY: randomBytes(16).toString('base64'), DATA_DIR: dataDir() })).toThrow(
      /MASTER_KEY decodes to 16 bytes; expected 32 bytes/,
    );
    expect(() => loadConfig({ MASTER_KEY: 'not base64!', DATA_DIR: dataDir() })).toThrow(/MASTER_KEY is not base64/);
  });

  it('generates a development master key file once, with a loud warning', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const file = join(dir, 'master-key.dev');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.warnings[0]).toMatch(/MASTER_KEY is unset: using the DEVELOPMENT master key .*just generated/);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.masterKeys.reveal()[0]!.equals(first.masterKeys.reveal()[0]!)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.masterKeys.reveal()[0]!.toString('base64'));
  });

  it('refuses a generated master key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/MASTER_KEY: unset/);
  });

  it('accepts previous master keys for rotation', () => {
    const previous = randomBytes(32).toString('base64');
    const config = loadConfig({ MASTER_KEY: masterKey, MASTER_KEYS_PREVIOUS: previous, DATA_DIR: dataDir() });
    expect(config.masterKeys.reveal()).toHaveLength(2);
  });

  it('requires ADMIN_API_KEY to be long', () => {
    expect(() => loadConfig({ MASTER_KEY: masterKey, ADMIN_API_KEY: 'short', DATA_DIR: dataDir() })).toThrow(
      /ADMIN_API_KEY: expected at least 32 characters/,
    );
  });
});
