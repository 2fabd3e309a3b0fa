import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
import { CheckpointEntity } from './entities/checkpoint.entity';
import { assertLength, fromJson, toJson } from './json-column';
import { rawStatement, rawTable } from './raw-sql';

/**
 * JSON checkpoints per (run, stage, key). Key '' holds a stage's whole output; other
 * keys hold per-item outputs within a stage (e.g. one company's jobs).
 */
export class CheckpointRepository {
  private readonly checkpoints: Repository<CheckpointEntity>;
  // save and load in raw SQL: they run once per company and stage, some 750 times a real-market
  // run, where TypeORM's query building made 243 saves cost 70-100 ms CPU (raw: 25-50 ms) and
  // 243 loads 90-140 ms (raw: 6-9 ms).
  private readonly upsert: string;
  private readonly select: string;

  constructor(private readonly dataSource: DataSource) {
    this.checkpoints = dataSource.getRepository(CheckpointEntity);
    const table = rawTable(dataSource, this.checkpoints.metadata.tableName);
    this.upsert = rawStatement(
      dataSource,
      `INSERT INTO ${table} (run_id, stage, "key", payload, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (run_id, stage, "key") DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at`,
    );
    this.select = rawStatement(
      dataSource,
      `SELECT payload FROM ${table} WHERE run_id = $1 AND stage = $2 AND "key" = $3`,
    );
  }

  /** Inserts or replaces. */
  async save<T>(runId: string, stage: string, data: T, key = ''): Promise<void> {
    assertLength(runId, 64, 'Run id');
    assertLength(stage, 64, 'Stage name');
    assertLength(key, 512, 'Checkpoint key');
    await this.dataSource.query(this.upsert, [runId, stage, key, toJson(data), new Date().toISOString()]);
  }

  async load<T>(runId: string, stage: string, key = ''): Promise<T | undefined> {
    const rows = (await this.dataSource.query(this.select, [runId, stage, key])) as Array<{ payload: string }>;
    const row = rows[0];
    return row ? fromJson<T>(row.payload, checkpointName(runId, stage, key)) : undefined;
  }

  /**
   * Every checkpoint of a stage, ordered by key (code-unit order, the same on every driver). Read one
   * row at a time: a stage's rows may hold the whole market's jobs, and each row's text is dropped
   * once parsed instead of all of them being held at once.
   */
  async loadAll<T>(runId: string, stage: string): Promise<Array<{ key: string; data: T }>> {
    const out: Array<{ key: string; data: T }> = [];
    for await (const row of this.each<T>(runId, stage)) out.push(row);
    return out;
  }

  /**
   * The same rows, handed over one at a time as they are read, so a caller that is done with a row
   * before asking for the next (e.g. a company's raw jobs, once normalised) never holds them all.
   */
  async *each<T>(runId: string, stage: string): AsyncGenerator<{ key: string; data: T }> {
    const keys = (await this.checkpoints.find({ where: { runId, stage }, select: { key: true } }))
      .map((row) => row.key)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
      const data = await this.load<T>(runId, stage, key);
      if (data !== undefined) yield { key, data };
    }
  }

  /** Stages with a whole-stage checkpoint (key ''), in the order they were first saved. */
  async stages(runId: string): Promise<string[]> {
    const rows = await this.checkpoints.find({
      where: { runId, key: '' },
      select: { stage: true },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.stage);
  }

  /**
   * Removes the whole-stage checkpoints (key '') of `stages` in one statement, so the stages run
   * again (e.g. a discovery round reopening scrape, process and score); per-item rows stay.
   */
  async reopenStages(runId: string, stages: readonly string[]): Promise<void> {
    if (stages.length === 0) return;
    await this.checkpoints.delete({ runId, stage: In([...stages]), key: '' });
  }

  async deleteRun(runId: string): Promise<void> {
    await this.checkpoints.delete({ runId });
  }
}

function checkpointName(runId: string, stage: string, key: string): string {
  return `checkpoint ${stage}${key ? `/${key}` : ''} of run ${runId}`;
}
