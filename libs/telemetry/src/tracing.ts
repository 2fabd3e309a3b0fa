import {
  INVALID_SPAN_CONTEXT,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import type { Resource } from '@opentelemetry/resources';
import type { BasicTracerProvider, SpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT, e.g. `http://collector:4318`; spans go to `<endpoint>/v1/traces`. */
  endpoint?: string;
  /** `service.name` of every span this process exports, e.g. `job-hunter-worker`. */
  serviceName: string;
  /** Tests: where spans go instead of OTLP (an in-memory exporter behind a simple processor). */
  processor?: SpanProcessor;
}

/** What a started SDK holds; the Temporal worker needs the processor and resource for workflow spans. */
export interface TracingSdk {
  provider: BasicTracerProvider;
  processor: SpanProcessor;
  resource: Resource;
}

let sdk: TracingSdk | undefined;

/** No SDK, no context: what inSpan hands its work while tracing is off. */
const NO_SPAN: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Starts the OpenTelemetry SDK once per process when an OTLP endpoint (or a test processor) is
 * given; otherwise does nothing and loads nothing, so tracing off costs one `undefined` check per
 * span. Returns whether tracing is on. The SDK modules are imported lazily for the same reason.
 */
export async function startTracing(options: TracingOptions): Promise<boolean> {
  if (sdk) return true;
  if (!options.processor && !options.endpoint) return false;
  const [{ BasicTracerProvider, BatchSpanProcessor }, { Resource }, { AsyncLocalStorageContextManager }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/context-async-hooks'),
    ]);
  let processor = options.processor;
  if (!processor) {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    processor = new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(options.endpoint ?? '') }));
  }
  const resource = new Resource({ 'service.name': options.serviceName });
  const provider = new BasicTracerProvider({ resource, spanProcessors: [processor] });
  // Sets the global tracer provider, an async-hooks context manager and the W3C trace-context
  // propagator, which the Temporal interceptors use to carry the trace through headers.
  provider.register({ contextManager: new AsyncLocalStorageContextManager().enable() });
  sdk = { provider, processor, resource };
  return true;
}

/** Flushes what is buffered and stops the SDK (process exit, tests); tracing is off afterwards. */
export async function stopTracing(): Promise<void> {
  const stopping = sdk;
  sdk = undefined;
  if (!stopping) return;
  await stopping.provider.shutdown().catch(() => undefined);
  trace.disable();
  context.disable();
  propagation.disable();
}

/** Whether this process traces (a worker then loads the workflow bundle with the interceptors). */
export function isTracing(): boolean {
  return sdk !== undefined;
}

/** The running SDK, or undefined when tracing is off. */
export function tracingSdk(): TracingSdk | undefined {
  return sdk;
}

/** The OTLP/HTTP traces URL for an endpoint as the OTel spec reads OTEL_EXPORTER_OTLP_ENDPOINT. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

/**
 * Runs `work` inside a span that is the active one while it runs (so spans started by the work,
 * e.g. board requests inside a stage, are its children). A failure marks the span with its error
 * code only: messages may name URLs or inputs, so they stay out of traces.
 */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  if (!sdk) return work(NO_SPAN);
  return trace.getTracer('job-hunter').startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (e) {
      const code = errorCode(e);
      span.setAttribute('error.type', code);
      span.setStatus({ code: SpanStatusCode.ERROR, message: code });
      throw e;
    } finally {
      span.end();
    }
  });
}

/** Adds attributes to the span the caller runs in (no-op when none is recording). */
export function annotateSpan(attributes: Attributes): void {
  if (sdk) trace.getActiveSpan()?.setAttributes(attributes);
}

/** A JobHunterError's code, else the error's class name: never its message. */
function errorCode(e: unknown): string {
  if (typeof e === 'object' && e !== null) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code)) return code;
    if (e instanceof Error) return e.name;
  }
  return 'Error';
}
