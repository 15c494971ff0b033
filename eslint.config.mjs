import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'test/consumers/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Classes register through define files, guarded; the rule does not see that guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Chai's assertions are property reads: `expect(x).to.be.true`.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**', '*.config.mjs', 'test/*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
