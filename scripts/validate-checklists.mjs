// Runs before every build: refuses to build with an invalid checklist or sources registry.
import { spawnSync } from 'node:child_process';
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bin/hrba.ts', 'checklist', 'lint', 'checklists'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
