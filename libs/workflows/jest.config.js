import { jestProject } from '../../jest.preset.js';

export default jestProject('workflows', import.meta.dirname);
