// Polling for the integration suites: the extension reacts to events asynchronously, so each check waits for its
// condition, up to a timeout, and names what it waited for when it gives up.

export type WaitFor = <T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs?: number) => Promise<T>;

/** A `waitFor` whose timeout defaults to `defaultTimeoutMs`; the probe is retried every 100 ms until it is defined. */
export function waiter(defaultTimeoutMs: number): WaitFor {
  return async <T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = defaultTimeoutMs): Promise<T> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) {
        return value;
      }
      if (Date.now() > end) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
}
