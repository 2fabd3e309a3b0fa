import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer } from '../loopback-server';

/** One span as the collector received it (OTLP/HTTP JSON), with its service's name. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: Array<{
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        attributes?: OtlpAttribute[];
      }>;
    }>;
  }>;
}

/**
 * A loopback stand-in for an OpenTelemetry collector: accepts POST /v1/traces (OTLP/HTTP with
 * JSON bodies), keeps every raw body (to search for what must never be sent) and the spans read
 * from them, and answers 200 with an empty export response.
 */
export class FakeOtlpCollector extends LoopbackServer {
  readonly bodies: string[] = [];
  readonly spans: ReceivedSpan[] = [];
  readonly paths: string[] = [];

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    this.paths.push(`${req.method ?? ''} ${req.url ?? ''}`);
    if (req.method === 'POST' && req.url === '/v1/traces') {
      this.bodies.push(body);
      this.spans.push(...readSpans(JSON.parse(body) as OtlpRequest));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  }
}

function readSpans(request: OtlpRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap((rs) => {
    const service = String(attributesOf(rs.resource?.attributes)['service.name'] ?? '');
    return (rs.scopeSpans ?? []).flatMap((ss) =>
      (ss.spans ?? []).map((s) => ({
        service,
        traceId: s.traceId,
        spanId: s.spanId,
        ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
        name: s.name,
        attributes: attributesOf(s.attributes),
      })),
    );
  });
}

function attributesOf(list: OtlpAttribute[] = []): Record<string, unknown> {
  const value = (v: OtlpValue): unknown =>
    v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : (v.doubleValue ?? v.boolValue));
  return Object.fromEntries(list.map((a) => [a.key, value(a.value)]));
}
