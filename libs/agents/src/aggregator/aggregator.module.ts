import { Module } from '@nestjs/common';
import { AggregatorAgent } from './aggregator.agent';

@Module({
  providers: [AggregatorAgent],
  exports: [AggregatorAgent],
})
export class AggregatorModule {}
