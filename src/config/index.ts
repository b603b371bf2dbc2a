export { loadConfig, type Config, type DatabaseConfig, type LogLevel } from './config.js';
export { ConfigError } from './errors.js';
