import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, startStepWhileRefused, systemActor } from '@qaztech/platform';
import { MaintainCatalogueUseCase } from '../capabilities/maintain-catalogue.use-case';
import { loadSeed } from './seed-data';

/**
 * A fresh start has a catalogue: every seed entry whose id the catalogue has never held is added,
 * by the system, as an assumption. Entries the operator changed or retired are left as they are,
 * so starting again adds nothing and records nothing.
 */
@Injectable()
export class SeedCatalogue implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedCatalogue.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly maintain: MaintainCatalogueUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await startStepWhileRefused('catalogue seed', () => this.seed(), this.logger);
  }

  /** The ids added by this call. */
  async seed(): Promise<string[]> {
    const entries = loadSeed();
    const actor = systemActor('catalogue');
    const correlationId = `catalogue-seed-${randomUUID()}`;
    return inTransaction(this.dataSource, async (manager) => {
      const added: string[] = [];
      for (const entry of entries) {
        if (await this.maintain.add(manager, entry, actor, correlationId, true)) added.push(entry.id);
      }
      return added;
    });
  }
}
