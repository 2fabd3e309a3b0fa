import { Module } from '@nestjs/common';
import { UnderstandingModule } from '@job-hunter/orchestration';
import { UnderstandController } from './understand.controller';

/** POST /understand. */
@Module({ imports: [UnderstandingModule], controllers: [UnderstandController] })
export class UnderstandApiModule {}
