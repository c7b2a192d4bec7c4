// Runs `npm ci` when node_modules was not installed from the current package-lock.json, so that repeated Maven
// builds do not reinstall (npm ci always starts from an empty node_modules). npm's cache (~/.npm) makes a
// reinstall fast after the first.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.installed-from-lock';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
  process.exit(0);
}
console.log('[frontend] npm ci (node_modules does not match package-lock.json)');
execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
writeFileSync(stamp, lockHash);
