import { Global, Module } from '@nestjs/common';
import { ApiDatabase } from './api-database';

/** The API's database, reached on demand (ApiDatabase); global, so every route module can use it. */
@Global()
@Module({ providers: [ApiDatabase], exports: [ApiDatabase] })
export class DatabaseModule {}
