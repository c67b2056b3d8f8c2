/** How the mock backend misbehaves on purpose, for demos and tests. */
export interface Scenario {
  /** Extra delay before every answer, in milliseconds. */
  latencyMs: number;
  /** The share (0 to 1) of requests answered `503 service_unavailable`. */
  failureRate: number;
  /** Every request fails as a network error. */
  offline: boolean;
}

/** Everything working, no delay. */
export const normalScenario: Scenario = { latencyMs: 0, failureRate: 0, offline: false };
