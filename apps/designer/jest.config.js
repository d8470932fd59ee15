import { jestProject } from '../../jest.preset.js';

// The designer is bundled by Vite, so its modules import each other without extensions;
// the preset resolves those, and its ts-jest transform reads tsconfig.spec.json (jsx: react-jsx).
export default jestProject('designer', import.meta.dirname);
