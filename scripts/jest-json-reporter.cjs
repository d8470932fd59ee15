// Writes a project's test counts to JEST_JSON_DIR/<project>.json for scripts/test-summary.mjs.
const fs = require('node:fs');
const path = require('node:path');

class JsonCountsReporter {
  constructor(_globalConfig, options) {
    this.options = options;
  }

  onRunComplete(_contexts, results) {
    const { dir, name } = this.options;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `${name}.json`),
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      }),
    );
  }
}

module.exports = JsonCountsReporter;
