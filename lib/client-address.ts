/**
 * Set on every request from the TCP peer's address (lib/peer-address.ts, installed from
 * instrumentation.ts), replacing whatever a client sent under this name.
 */
export const PEER_ADDRESS_HEADER = "x-kioku-peer-address";

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

function normalise(raw: string | null | undefined): string {
  const value = (raw ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return ADDRESS.test(value) ? value.toLowerCase() : "";
}

/**
 * The address a request came from, for throttling; "" when unknown. Directly exposed, that is
 * the TCP peer. Behind a reverse proxy every request's peer is the proxy, so the operator names
 * the header the proxy sets (KIOKU_TRUSTED_PROXY_HEADER, e.g. `x-forwarded-for` or `x-real-ip`);
 * of a comma-separated list the last entry is taken, the one the trusted proxy itself appended
 * (entries before it are whatever the client claimed). Without that setting, headers a client
 * can write (X-Forwarded-For included) are never read.
 */
export function clientAddress(headers: Pick<Headers, "get">, trustedProxyHeader: string | undefined = process.env.KIOKU_TRUSTED_PROXY_HEADER): string {
  const name = trustedProxyHeader?.trim().toLowerCase();
  if (name) {
    const entries = (headers.get(name) ?? "").split(",");
    return normalise(entries[entries.length - 1]);
  }
  return normalise(headers.get(PEER_ADDRESS_HEADER));
}
