/**
 * Resolves with what `take` finds now, or once a notification from `subscribe` lets it find something;
 * rejects with `timeoutMessage()` after `timeoutMs`. The one waiting pattern of the fake's test helpers.
 */
export function waitFor<T>(
  take: () => T | undefined,
  subscribe: (notify: () => void) => () => void,
  timeoutMs: number,
  timeoutMessage: () => string,
): Promise<T> {
  const ready = take();
  if (ready !== undefined) return Promise.resolve(ready);
  return new Promise<T>((resolve, reject) => {
    const off = subscribe(() => {
      const found = take();
      if (found === undefined) return;
      off();
      clearTimeout(timer);
      resolve(found);
    });
    const timer = setTimeout(() => {
      off();
      reject(new Error(timeoutMessage()));
    }, timeoutMs);
  });
}
