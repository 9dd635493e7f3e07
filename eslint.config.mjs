// ESLint flat config: typescript-eslint type-checked rules, plus the architecture boundary:
// src/core and the pure webview modules must never import 'vscode'.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export const pureVscodeBan = {
  paths: [{ name: 'vscode', message: 'src/core and the pure webview modules must stay free of the vscode API; put adapters in src/host.' }],
};

export default defineConfig(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', '.e2e-work/**', 'test/fixtures/**', 'examples/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'src/webview/protocol.ts', 'src/webview/html.ts', 'src/webview/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureVscodeBan],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
