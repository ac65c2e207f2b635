/** Runs `fn` `runs` times after `warmup` untimed runs; returns the median and the 90th percentile in ms. */
export async function timeIt(
  fn: () => Promise<unknown>,
  runs = 30,
  warmup = 3,
): Promise<{ median: number; p90: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: round(at(0.5)), p90: round(at(0.9)), runs };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
