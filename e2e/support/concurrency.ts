// Many requests at once, but not all at once: a flood or a matrix sent with a bounded number in
// flight, so that it neither waits for each answer in turn nor swamps the two cores it runs on.

/** Runs `work` for 0..count-1 with at most `concurrency` in flight; results in order. */
export async function bounded<T>(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}
