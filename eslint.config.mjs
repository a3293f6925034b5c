// Lint configuration. The analysis core (src/core) must stay editor-independent:
// it may not import `vscode`, nor the adapter or the CLI, nor Node built-ins (it also runs in the browser).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/e2e/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The analysis core never imports vscode.' }],
        patterns: [
          { group: ['**/vscode/**', '**/cli/**'], message: 'The core does not depend on the adapter or the CLI.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core has no Node APIs (it runs in the browser too).' },
        ],
      }],
    },
  },
);
