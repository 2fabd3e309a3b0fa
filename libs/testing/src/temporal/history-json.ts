import { createRequire } from 'node:module';
import * as path from 'node:path';
import { temporal } from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';

// Workflow histories as the JSON files Temporal tools write, for replay fixtures.
// Why not historyToJSON/historyFromJSON from @temporalio/common: in this install common,
// proto and worker each carry their own protobufjs 8 (the root one is 7), so common's
// protojson rejects proto's types ("type must be a Type"). Using the protobufjs that
// @temporalio/proto itself loads keeps the types and the codec from the same copy.

type History = temporal.api.history.v1.History;

interface ProtoJson {
  toJson(type: unknown, message: unknown): unknown;
  fromJson(type: unknown, json: unknown, options?: { ignoreUnknownFields?: boolean }): unknown;
}

const protoDir = path.dirname(require.resolve('@temporalio/proto/package.json'));
const protojson = createRequire(path.join(protoDir, 'package.json'))('protobufjs/ext/protojson') as ProtoJson;
const historyType = (
  patchProtobufRoot(require('@temporalio/proto')) as { lookupType(name: string): unknown }
).lookupType('temporal.api.history.v1.History');

/** A fetched history (e.g. `handle.fetchHistory()`) as pretty-printed proto JSON. */
export function historyToJson(history: temporal.api.history.v1.IHistory): string {
  return JSON.stringify(protojson.toJson(historyType, temporal.api.history.v1.History.fromObject(history)), null, 2);
}

/** The proto JSON of a history (as written by historyToJson) back into a History for replay. */
export function historyFromJson(json: unknown): History {
  const history = protojson.fromJson(historyType, json, { ignoreUnknownFields: true });
  if (!history) throw new TypeError('Not a Temporal history: expected an object with an array of events.');
  return history as History;
}
