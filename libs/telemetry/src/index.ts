export { startTracing, stopTracing, isTracing, tracingSdk, tracesUrl, inSpan, type TracingOptions } from './tracing';
export { metricsRegistry, countBoardError, enableProcessMetrics, scrapeMetrics, type PaidCall } from './metrics';
export { traceRun, traceStage, traceBoardRequest, traceClaudeCall, recordPaidCall } from './instrument';
export { temporalClientInterceptors, temporalWorkerTracing, otelWorkflowInterceptorModules } from './temporal-tracing';
