// ESLint for the pages, the tests and the build's own files: JavaScript's and TypeScript's
// recommended rules, and Vue's for single-file components. Layout (line breaks, attribute
// order and wrapping) is left to the author: the rules here catch mistakes, not style.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

// A page's `const console = …` or `const window = …` hid the browser's own.
const shadowedGlobal = {
  selector: 'VariableDeclarator[id.name=/^(console|window|document|location|history)$/]',
  message: "Shadows the browser's global of the same name: name it for what it holds.",
}

export default defineConfig(
  { ignores: ['dist/**', 'src/gql/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  pluginVue.configs['no-layout-rules'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      // TypeScript checks names (vue-tsc runs in the build); this rule does not know the DOM's.
      'no-undef': 'off',
      // `_` names an argument a callback must take but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', shadowedGlobal],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // A test waits for what it needs to see; a fixed pause is too short on a busy machine
      // and too long everywhere else.
      'no-restricted-syntax': [
        'error',
        shadowedGlobal,
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message: 'Wait for what the test needs to see (expect, expect.poll, waitForEvent), not for a time.',
        },
      ],
    },
  },
)
