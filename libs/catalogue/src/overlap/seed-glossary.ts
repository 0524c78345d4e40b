import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { systemActor } from '@qaztech/platform';
import { GlossaryRepository, loadGlossarySeed } from './glossary.repository';

/** A fresh start has the glossary's seed; a later start adds only terms the seed gained. */
@Injectable()
export class SeedGlossary implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly glossary: GlossaryRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((manager) => this.glossary.seed(manager, loadGlossarySeed(), systemActor('catalogue')));
  }
}
