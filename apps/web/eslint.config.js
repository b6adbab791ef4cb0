import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

import rootConfig from '../../eslint.config.js';

export default tseslint.config(...rootConfig, {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { 'react-hooks': reactHooks },
  rules: reactHooks.configs.recommended.rules,
});
