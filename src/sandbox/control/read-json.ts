import type { IncomingMessage } from 'node:http';
import { readBody } from '../pipeline/body.js';

export class ControlError extends Error {
  override readonly name = 'ControlError';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a control-API JSON object body; an empty body is `{}`. */
export async function readJsonObject(request: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const read = await readBody(request, limit);
  if (!read.ok) throw new ControlError(413, `body exceeds ${limit} bytes or was aborted`);
  if (read.bytes.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    throw new ControlError(400, 'body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ControlError(400, 'body must be a JSON object');
  return value as Record<string, unknown>;
}

export function requireString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new ControlError(400, `${name} (string) is required`);
  return value;
}

export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ControlError(400, `${name} must be a string`);
  return value;
}
