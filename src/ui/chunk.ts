// Code split into chunks, fetched again after a failure. Chromium keeps a failed import() of an address
// failed for the life of the page (asking again for it asks the server nothing), so the next attempt asks
// for the same file under another address (`?retry=n`). A few attempts, a little later each time; the
// caller then tells the learner, and a later call (their Try again) starts over.
const inMessage = /(https?:\/\/[^\s"')]+?\.js)(?:\?[^\s"')]*)?/;
let retries = 0;

export function chunk<M>(load: () => Promise<M>, waits: readonly number[] = [300, 1500]): () => Promise<M> {
  let failed: string | null = null;
  const once = (): Promise<M> =>
    (failed ? (import(/* @vite-ignore */ `${failed}?retry=${++retries}`) as Promise<M>) : load()).catch((error: unknown) => {
      failed = inMessage.exec(error instanceof Error ? error.message : String(error))?.[1] ?? failed;
      throw error;
    });
  return async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (error) {
        const wait = waits[attempt];
        if (wait === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
}
