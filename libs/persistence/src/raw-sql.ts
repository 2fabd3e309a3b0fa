import type { DataSource } from 'typeorm';

/** A table for raw SQL: schema-qualified on PostgreSQL (raw SQL gets no search path from TypeORM's `schema` option). */
export function rawTable(dataSource: DataSource, name: string): string {
  const { options, driver } = dataSource;
  const schema = options.type === 'postgres' ? options.schema : undefined;
  return (schema ? `${driver.escape(schema)}.` : '') + driver.escape(name);
}

/**
 * A statement written with PostgreSQL's numbered parameters, for the DataSource's driver: SQLite
 * takes `?` in order (so each statement uses each parameter once, in order).
 */
export function rawStatement(dataSource: DataSource, text: string): string {
  return dataSource.options.type === 'postgres' ? text : text.replace(/\$\d+/g, '?');
}

/**
 * A JSON object's text built by the database from (field, parameter) pairs, each parameter a text
 * or null; field names are plain words, written into the statement.
 */
export function rawJsonObject(dataSource: DataSource, pairs: ReadonlyArray<[field: string, param: string]>): string {
  const postgres = dataSource.options.type === 'postgres';
  const args = pairs.map(([field, param]) => {
    if (!/^\w+$/.test(field)) throw new Error(`Not a plain field name: "${field}"`);
    return `'${field}', ${postgres ? `${param}::text` : param}`;
  });
  return postgres ? `json_build_object(${args.join(', ')})::text` : `json_object(${args.join(', ')})`;
}

/**
 * A number inside a JSON text column, read by the database (SQLite json_extract, PostgreSQL ->>):
 * null when the column or the field is. `path` is plain field names, written into the expression.
 */
export function rawJsonNumber(dataSource: DataSource, column: string, path: readonly string[]): string {
  if (!path.every((field) => /^\w+$/.test(field))) throw new Error(`Not a plain field path: "${path.join('.')}"`);
  if (dataSource.options.type !== 'postgres') return `json_extract(${column}, '$.${path.join('.')}')`;
  const fields = path.map((field) => `'${field}'`);
  const last = fields.pop() ?? '';
  return `CAST(CAST(${column} AS json)${fields.map((f) => ` -> ${f}`).join('')} ->> ${last} AS double precision)`;
}
