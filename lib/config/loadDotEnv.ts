import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads `.env` from the working folder into process.env when the file exists, before the configuration is read;
 * variables already set in the environment win (Node's own loader, process.loadEnvFile, does not overwrite).
 * Called first by every process entry (gateway, subgraphs, npm start), so an operator may keep their settings in
 * one file (`.env.example` lists them all).
 */
export function loadDotEnv(path: string = resolve('.env')): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
