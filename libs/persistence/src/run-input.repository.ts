import { createHash } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { RunInputEntity } from './entities/run-input.entity';

/** Which input of a run a file is. */
export type RunInputKind = 'resume' | 'prefs' | 'companies';

/** One input file of a run, as given when the run was created. */
export interface RunInput {
  kind: RunInputKind;
  /** The file's name (its extension tells the parser the format). */
  name: string;
  data: Buffer;
  /** Hex SHA-256 of `data`. */
  sha256: string;
}

/** A run input for `data`, hashed. */
export function runInput(kind: RunInputKind, name: string, data: Buffer): RunInput {
  return { kind, name, data, sha256: createHash('sha256').update(data).digest('hex') };
}

/**
 * The inputs of each run, stored with the run so that the parse stages read them from here on
 * whichever worker runs them (the client stores them and nothing else). Written once per run.
 */
export class RunInputRepository {
  private readonly rows: Repository<RunInputEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(RunInputEntity);
  }

  async save(runId: string, inputs: readonly RunInput[]): Promise<void> {
    if (inputs.length === 0) return;
    await this.rows.upsert(
      inputs.map((input) => ({
        runId,
        kind: input.kind,
        name: input.name,
        content: input.data.toString('base64'),
        sha256: input.sha256,
        size: input.data.length,
      })),
      { conflictPaths: ['runId', 'kind'], skipUpdateIfNoValuesChanged: false },
    );
  }

  /** Undefined when the run has no such input (none was given, or the run was stored before inputs were). */
  async get(runId: string, kind: RunInputKind): Promise<RunInput | undefined> {
    const row = await this.rows.findOneBy({ runId, kind });
    if (!row) return undefined;
    return { kind, name: row.name, data: Buffer.from(row.content, 'base64'), sha256: row.sha256 };
  }

  async delete(runId: string): Promise<void> {
    await this.rows.delete({ runId });
  }
}
