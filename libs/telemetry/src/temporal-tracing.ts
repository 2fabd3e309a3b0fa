import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { OpenTelemetrySinks } from '@temporalio/interceptors-opentelemetry';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import { tracingSdk } from './tracing';

/**
 * Temporal's OpenTelemetry interceptors, wired only while tracing is on (each returns nothing
 * otherwise, and the interceptors package is not even loaded): the client's start span travels in
 * the workflow's headers, the workflow's spans leave the sandbox through the `exporter` sink, and
 * each activity runs inside a span whose children are the stage, board and Claude spans.
 */

/** For `new Client({ interceptors: { workflow } })`. */
export async function temporalClientInterceptors(): Promise<WorkflowClientInterceptor[]> {
  if (!tracingSdk()) return [];
  const { OpenTelemetryWorkflowClientInterceptor } = await import('@temporalio/interceptors-opentelemetry');
  return [new OpenTelemetryWorkflowClientInterceptor()];
}

/**
 * For `bundleWorkflowCode({ workflowInterceptorModules })`: the workflow-side interceptors. The
 * build bundles the workflow twice, with and without them, and a worker loads the one that
 * matches whether tracing is on (see isTracing).
 */
export function otelWorkflowInterceptorModules(): string[] {
  return [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')];
}

/** For `Worker.create({ ...options })`: activity interceptors and the sink that exports workflow spans. */
export async function temporalWorkerTracing(): Promise<{
  interceptors?: WorkerInterceptors;
  sinks?: InjectedSinks<OpenTelemetrySinks>;
}> {
  const sdk = tracingSdk();
  if (!sdk) return {};
  const otel = await import('@temporalio/interceptors-opentelemetry');
  return {
    interceptors: {
      activity: [
        (ctx) => ({
          inbound: new otel.OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new otel.OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: otel.makeWorkflowExporter(sdk.processor, sdk.resource) },
  };
}
