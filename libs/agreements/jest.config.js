import { jestProject } from '../../jest.preset.js';

export default jestProject('agreements', import.meta.dirname);
