// Which transport a client uses: Node's own HTTP in plain Node with neither a user `fetch` nor
// `fetchOptions` (it measured 2–3× fetch per call); fetch everywhere else. A run-time check,
// not an `exports` condition, so one build serves all; the Node transport is a chunk loaded on
// the first request, so browser bundles neither grow nor see a `node:` module.
import type { LevelLogger } from "./log.js";
import { fetchExchange } from "./transport-fetch.js";
import { createSend, type Exchange, type FetchOptions, type Send } from "./transport.js";

export interface TransportChoice {
  fetch: typeof fetch;
  fetchOptions: FetchOptions | undefined;
  /** True for the Node transport (see client.ts). */
  nodeHttp: boolean;
}

export function createTransport(choice: TransportChoice, log: LevelLogger): Send {
  return createSend(
    choice.nodeHttp ? lazyNodeExchange() : fetchExchange(choice.fetch, choice.fetchOptions),
    log,
  );
}

function lazyNodeExchange(): Exchange {
  let exchange: Exchange | undefined;
  let loading: Promise<Exchange> | undefined;
  return (request, timeout, signal) => {
    if (exchange) return exchange(request, timeout, signal);
    loading ??= import("./transport-node.js").then((m) => m.nodeExchange());
    return loading.then((loaded) => (exchange = loaded)(request, timeout, signal));
  };
}
