// Keeps reloads from overlapping when live updates arrive in bursts.

/** Runs an async loader at most once at a time; calls made while it runs cause one more run afterwards. */
export function coalesce(loader) {
  let running = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await loader();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
