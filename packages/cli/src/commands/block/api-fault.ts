/** The API's fault text when `error` is an API fault (the reference catches these in the subnets commands). */
export function apiFaultString(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const fault = error as { faultCode?: unknown; faultString?: unknown };
  return fault.faultCode !== undefined && typeof fault.faultString === 'string'
    ? fault.faultString
    : undefined;
}
