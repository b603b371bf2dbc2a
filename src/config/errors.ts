/** A configuration problem the operator must fix. The message names the variable and what was expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
