import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The lint rules of eslint.config.js enforce DESIGN.md §4; these cases prove a violation fails `npm test`. */
const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('one direction of imports', () => {
  it.each([
    [
      'src-renderer/app/Bad.ts',
      "import { openAppCore } from '../../src-main/core/app-core';\nexport const x = openAppCore;\n",
    ],
    ['src-renderer/app/Bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src-main/core/services/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src-main/core/services/bad.ts', "import { x as y } from '../../electron/guards';\nexport const x = y;\n"],
    ['src-shared/bad.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n"],
    ['src-shared/bad.ts', "import { Router } from '../src-main/core/rpc/router';\nexport const x = Router;\n"],
    // The same forbidden imports written through the aliases.
    ['src-renderer/app/Bad.ts', "import { openAppCore } from '@core/app-core';\nexport const x = openAppCore;\n"],
    ['src-shared/bad.ts', "import { Router } from '@core/rpc/router';\nexport const x = Router;\n"],
    ['src-shared/bad.ts', "import { App } from '@renderer/app/App';\nexport const x = App;\n"],
    ['src-main/core/services/bad.ts', "import { App } from '@renderer/app/App';\nexport const x = App;\n"],
    ['src-main/electron/bad.ts', "import { App } from '@renderer/app/App';\nexport const x = App;\n"],
    ['src-server/bad.ts', "import { openAppCore } from '@core/app-core';\nexport const x = openAppCore;\n"],
  ])('refuses %s importing across the rule', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'src-renderer/app/Bad.ts',
      "import { contract } from '../../src-shared/rpc/contract';\nexport const x = contract;\n",
    ],
    ['src-main/electron/bad.ts', "import { openAppCore } from '../core/app-core';\nexport const x = openAppCore;\n"],
    [
      'tests/unit/bad.test.ts',
      "import { contract } from '../../src-shared/rpc/contract';\nexport const x = contract;\n",
    ],
  ])('asks %s to reach another layer through its alias', async (file, code) => {
    expect((await importErrors(file, code)).join('\n')).toMatch(/alias|@core/);
  });

  it.each([
    ['src-renderer/app/Good.ts', "import { contract } from '@shared/rpc/contract';\nexport const x = contract;\n"],
    [
      'src-main/core/services/good.ts',
      "import { readFileSync } from 'node:fs';\nimport { contract } from '@shared/rpc/contract';\nexport const x = [readFileSync, contract];\n",
    ],
    ['src-main/electron/good.ts', "import { openAppCore } from '@core/app-core';\nexport const x = openAppCore;\n"],
    ['tests/unit/good.test.ts', "import { openAppCore } from '@core/app-core';\nexport const x = openAppCore;\n"],
  ])('allows %s importing along the rule', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
