import type { QueryRunner, TableIndex } from 'typeorm';

/** Creates an index unless one with its name exists, so a migration can be re-applied safely. */
export async function createIndexIfMissing(
  queryRunner: QueryRunner,
  tableName: string,
  index: TableIndex,
): Promise<void> {
  const table = await queryRunner.getTable(tableName);
  if (table?.indices.some((existing) => existing.name === index.name)) return;
  await queryRunner.createIndex(tableName, index);
}
