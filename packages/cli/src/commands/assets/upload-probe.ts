// What the client would refuse of a file bound for the multipart `/uploads` flow — a kind it
// cannot tell from the content or the name, a `model` with collections, a file too large for
// 10,000 parts — asked before the first request, in the client's own words. `uploadFile` checks
// all of that before it sends anything; here it runs on a client that cannot send: its signal is
// aborted before the call and its `fetch` refuses, so reaching the first request is the answer
// "accepted".
// TODO(client): export a check of its own (e.g. `checkUploadFile(file, options)` or
// `detectFileKind(head, name)`), and this probe goes.
import {
  APIError,
  fileFromPath,
  Scenario,
  ScenarioError,
  type UploadFileOptions,
} from "@scenario-sdk/client";

export type ProbeOptions = Pick<
  UploadFileOptions,
  "kind" | "collectionIds" | "parentId" | "hide" | "projectId"
>;

/** Thrown by the probe's `fetch`: the client got as far as sending. */
class WouldSend extends Error {}

/** A function that says why the client would refuse `path` (named `name`), or undefined. */
export function createProbe(): (
  path: string,
  name: string,
  options: ProbeOptions,
) => Promise<string | undefined> {
  const client = new Scenario({
    bearerToken: "probe",
    baseURL: "http://127.0.0.1:9/v1",
    maxRetries: 0,
    logLevel: "off",
    fetch: () => Promise.reject(new WouldSend()),
  });
  const stopped = AbortSignal.abort();
  return async (path, name, options) => {
    try {
      await client.uploads.uploadFile(await fileFromPath(path, name), {
        ...options,
        signal: stopped,
        wait: false,
      });
    } catch (error) {
      if (error instanceof APIError) return undefined; // stopped at the first request: accepted
      if (error instanceof ScenarioError) return error.message;
      throw error;
    }
    return undefined;
  };
}
