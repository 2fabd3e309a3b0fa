import { Module } from '@nestjs/common';
import { AggregatorModule, NotifierModule } from '@job-hunter/agents';
import { TEMPORAL_ORCHESTRATOR } from '../orchestrator-selector';
import { TemporalClientFactory } from './client/temporal-client.factory';
import { TemporalOrchestrator } from './client/temporal.orchestrator';

/**
 * The client side of Temporal: connections on demand and the TemporalOrchestrator, also
 * under TEMPORAL_ORCHESTRATOR for the selector. Needs APP_CONFIG and the (global)
 * persistence module; opens no connection at boot.
 */
import { StagesModule } from '../stages/stages.module';

@Module({
  imports: [AggregatorModule, NotifierModule, StagesModule],
  providers: [
    TemporalClientFactory,
    TemporalOrchestrator,
    { provide: TEMPORAL_ORCHESTRATOR, useExisting: TemporalOrchestrator },
  ],
  exports: [TemporalClientFactory, TemporalOrchestrator, TEMPORAL_ORCHESTRATOR],
})
export class TemporalClientModule {}
