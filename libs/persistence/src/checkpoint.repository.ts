import type { DataSource, Repository } from 'typeorm';
import { In } from 'typeorm';
import { CheckpointEntity } from './entities/checkpoint.entity';
import { assertLength, fromJson, toJson } from './json-column';
import { maskUrlPasswords } from '@job-hunter/domain';
import { rawJsonObject, rawStatement, rawTable } from './raw-sql';

/**
 * JSON checkpoints per (run, stage, key). Key '' holds a stage's whole output; other
 * keys hold per-item outputs within a stage (e.g. one company's jobs).
 */
export class CheckpointRepository {
  private readonly checkpoints: Repository<CheckpointEntity>;
  // save and load in raw SQL: they run once per company and stage, some 750 times a real-market
  // run, where TypeORM's query building made 243 saves cost 70-100 ms CPU (raw: 25-50 ms) and
  // 243 loads 90-140 ms (raw: 6-9 ms).
  private readonly table: string;
  private readonly upsert: string;
  private readonly select: string;

  constructor(private readonly dataSource: DataSource) {
    this.checkpoints = dataSource.getRepository(CheckpointEntity);
    this.table = rawTable(dataSource, this.checkpoints.metadata.tableName);
    this.upsert = this.upsertOf(1);
    this.select = rawStatement(
      dataSource,
      `SELECT payload FROM ${this.table} WHERE run_id = $1 AND stage = $2 AND "key" = $3`,
    );
  }

  /** Inserts or replaces. */
  async save<T>(runId: string, stage: string, data: T, key = ''): Promise<void> {
    assertNames(runId, stage, [key]);
    await this.dataSource.query(this.upsert, [runId, stage, key, toJson(data), new Date().toISOString()]);
  }

  /**
   * Inserts or replaces rows of one stage whose payload is an object of the same text `fields` (a
   * missing text is stored as null), some hundred rows to a statement. The database builds each
   * object from the texts: long texts (a real market's job descriptions, 39 MB in 5,699 rows) are
   * never copied into JSON in JavaScript, which raised a run's peak memory by some 20 MB. A row
   * with a NUL character, which PostgreSQL takes in no text parameter, is stored as `save` would.
   */
  async saveTexts(
    runId: string,
    stage: string,
    fields: readonly string[],
    rows: ReadonlyArray<{ key: string; texts: Readonly<Record<string, string | undefined>> }>,
  ): Promise<void> {
    assertNames(
      runId,
      stage,
      rows.map((row) => row.key),
    );
    const hasNul = (row: (typeof rows)[number]) => fields.some((f) => row.texts[f]?.includes('\u0000'));
    for (const row of rows.filter(hasNul)) await this.save(runId, stage, row.texts, row.key);
    const createdAt = new Date().toISOString();
    for (const batch of batches(rows.filter((row) => !hasNul(row)))) {
      const params = batch.flatMap(({ key, texts }) => [
        runId,
        stage,
        key,
        ...fields.map((f) => maskedText(texts[f])),
        createdAt,
      ]);
      await this.dataSource.query(this.upsertOf(batch.length, fields), params);
    }
  }

  async load<T>(runId: string, stage: string, key = ''): Promise<T | undefined> {
    const rows = (await this.dataSource.query(this.select, [runId, stage, key])) as Array<{ payload: string }>;
    const row = rows[0];
    return row ? fromJson<T>(row.payload, checkpointName(runId, stage, key)) : undefined;
  }

  /** The stored rows of a stage among `keys`, by key (a key with no row is absent), read some hundred at a time. */
  async loadMany<T>(runId: string, stage: string, keys: readonly string[]): Promise<Map<string, T>> {
    const out = new Map<string, T>();
    for (const batch of batches(keys)) {
      const list = batch.map((_, i) => `$${i + 3}`).join(', ');
      const rows = (await this.dataSource.query(
        rawStatement(
          this.dataSource,
          `SELECT "key", payload FROM ${this.table} WHERE run_id = $1 AND stage = $2 AND "key" IN (${list})`,
        ),
        [runId, stage, ...batch],
      )) as Array<{ key: string; payload: string }>;
      for (const row of rows) out.set(row.key, fromJson<T>(row.payload, checkpointName(runId, stage, row.key)));
    }
    return out;
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

  /**
   * The upsert of `rows` rows, their parameters numbered in order as `rawStatement` needs: run, stage,
   * key, the payload (or, given `fields`, the texts the database builds it from) and the time.
   */
  private upsertOf(rows: number, fields?: readonly string[]): string {
    const width = 4 + (fields?.length ?? 1);
    const values = Array.from({ length: rows }, (_, r) => {
      const $ = (i: number) => `$${r * width + i}`;
      const payload = fields
        ? rawJsonObject(
            this.dataSource,
            fields.map((f, i) => [f, $(4 + i)]),
          )
        : $(4);
      return `(${$(1)}, ${$(2)}, ${$(3)}, ${payload}, ${$(width)})`;
    });
    return rawStatement(
      this.dataSource,
      `INSERT INTO ${this.table} (run_id, stage, "key", payload, created_at) VALUES ${values.join(', ')}
       ON CONFLICT (run_id, stage, "key") DO UPDATE SET payload = excluded.payload, created_at = excluded.created_at`,
    );
  }
}

/** Rows per statement: 500 parameters at most, far below SQLite's and PostgreSQL's limits. */
const BATCH = 100;

function maskedText(text: string | undefined): string | null {
  return text === undefined ? null : maskUrlPasswords(text);
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Enforced here so that SQLite (which ignores varchar lengths) fails the same way as PostgreSQL. */
function assertNames(runId: string, stage: string, keys: readonly string[]): void {
  assertLength(runId, 64, 'Run id');
  assertLength(stage, 64, 'Stage name');
  for (const key of keys) assertLength(key, 512, 'Checkpoint key');
}

function checkpointName(runId: string, stage: string, key: string): string {
  return `checkpoint ${stage}${key ? `/${key}` : ''} of run ${runId}`;
}
