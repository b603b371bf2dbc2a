import type { AmsClientHooks } from '../ams/index.js';
import type { GatewayMetrics } from './metrics.js';

interface ResultBody {
  result?: { resultStatus?: unknown; resultCode?: unknown };
}

/** Result codes are AMS's closed lists; anything odd (or absurdly long) is folded so the series stay bounded. */
function boundedCode(value: unknown): string {
  return typeof value === 'string' && /^[A-Z0-9_]{1,64}$/.test(value) ? value : 'OTHER';
}

/**
 * AMS calls per attempt, fed from the client's redacted hooks (the transport is not touched). An HTTP 200 with a
 * result counts by that result; a transport error or a non-200 answer counts as status ERROR with the client's error
 * code (NOT_SENT, TIMEOUT, HTTP_ERROR…). A 200 whose signature then fails verification counts by its result and is
 * logged as an AMS call error.
 */
export function amsMetricsHooks(metrics: GatewayMetrics): AmsClientHooks {
  return {
    onResponse(event) {
      if (event.httpStatus !== 200) return;
      const result = (event.body as ResultBody | undefined)?.result;
      const status = result?.resultStatus === 'S' || result?.resultStatus === 'F' || result?.resultStatus === 'U' ? result.resultStatus : 'OTHER';
      metrics.amsCalls.inc({ api: event.api, status, code: boundedCode(result?.resultCode) });
      metrics.amsDuration.observe({ api: event.api, status }, event.durationMs / 1000);
    },
    onError(event) {
      if (event.error.httpStatus === 200) return;
      metrics.amsCalls.inc({ api: event.api, status: 'ERROR', code: boundedCode(event.error.code) });
      metrics.amsDuration.observe({ api: event.api, status: 'ERROR' }, event.durationMs / 1000);
    },
    onRetry(event) {
      metrics.amsRetries.inc({ api: event.api });
    },
  };
}
