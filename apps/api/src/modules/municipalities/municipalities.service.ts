import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { loadMunicipalities, type Municipality } from '@samverkan/agreements';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';

/** The municipality register from config/municipalities.csv, read once at start. */
@Injectable()
export class MunicipalitiesService implements OnModuleInit {
  private register: Municipality[] = [];

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async onModuleInit(): Promise<void> {
    const file = path.join(this.runtime.config.configDir, 'municipalities.csv');
    const result = loadMunicipalities(await readFile(file, 'utf8'));
    if (!result.ok) {
      throw new Error(`${file} is invalid:\n${result.problems.map((p) => `  ${p.path}: ${p.message.en}`).join('\n')}`);
    }
    this.register = result.value;
  }

  list(countyCode?: string): Municipality[] {
    return countyCode ? this.register.filter((m) => m.countyCode === countyCode) : this.register;
  }
}
