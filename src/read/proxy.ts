// The fetch function URLs go through: Node's own, or, when HTTPS_PROXY, HTTP_PROXY or ALL_PROXY
// (upper or lower case) is set, undici's fetch through a proxy agent that honours them and
// NO_PROXY as curl does. Node 20's built-in fetch ignores those variables; undici is loaded only then.

import { importPackage } from '../import-package.js';

/** The proxy variables, in curl's spelling; either case is read. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy'];

/** The value of an environment variable in lower or upper case. */
function envValue(env: Record<string, string | undefined>, name: string): string | undefined {
  return env[name] ?? env[name.toUpperCase()];
}

/** Whether the environment names a proxy. */
function proxyConfigured(env: Record<string, string | undefined>): boolean {
  return PROXY_VARIABLES.some((name) => (envValue(env, name) ?? '') !== '');
}

interface Undici {
  fetch: typeof fetch;
  EnvHttpProxyAgent: new (options: { httpProxy?: string; httpsProxy?: string; noProxy?: string }) => unknown;
}

/** Node's fetch, or one through the proxy the environment names. */
export async function proxiedFetch(env: Record<string, string | undefined>): Promise<typeof fetch> {
  if (!proxyConfigured(env)) return fetch;
  const undici = (await importPackage('undici')) as Undici;
  const all = envValue(env, 'all_proxy');
  const httpProxy = envValue(env, 'http_proxy') || all;
  const httpsProxy = envValue(env, 'https_proxy') || httpProxy;
  const noProxy = envValue(env, 'no_proxy');
  const dispatcher = new undici.EnvHttpProxyAgent({
    ...(httpProxy ? { httpProxy } : {}),
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(noProxy ? { noProxy } : {}),
  });
  return ((input: string | URL | Request, init?: RequestInit) => undici.fetch(input, { ...init, dispatcher } as RequestInit)) as typeof fetch;
}
