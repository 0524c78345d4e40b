import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, startStepWhileRefused, systemActor } from '@qaztech/platform';
import { GlossaryRepository, loadGlossarySeed } from './glossary.repository';

/** A fresh start has the glossary's seed; a later start adds only terms the seed gained. */
@Injectable()
export class SeedGlossary implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedGlossary.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly glossary: GlossaryRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await startStepWhileRefused(
      'glossary seed',
      () => inTransaction(this.dataSource, (manager) => this.glossary.seed(manager, loadGlossarySeed(), systemActor('catalogue'))),
      this.logger,
    );
  }
}
