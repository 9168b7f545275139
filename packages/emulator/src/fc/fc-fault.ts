/** Fault codes the emulated directory answers with (the XML-RPC interoperability codes, then our own). */
export const FC_FAULT_CODES = {
  /** The body is not a well-formed XML-RPC call. */
  parseError: -32700,
  /** No such method. */
  methodNotFound: -32601,
  /** Wrong number or types of parameters. */
  invalidParams: -32602,
  /** A record or filter is invalid: unknown type or field, missing key, bad value. */
  invalidRecord: 1,
  /** A record refers to a resource that does not exist. */
  notFound: 2,
  /** The change is not allowed: deleting your own project or a project that still holds resources. */
  notAllowed: 3,
} as const;

/** A refusal the API answers as an XML-RPC fault. */
export class FcFault extends Error {
  readonly faultCode: number;
  readonly faultString: string;

  constructor(faultCode: number, faultString: string) {
    super(faultString);
    this.name = 'FcFault';
    this.faultCode = faultCode;
    this.faultString = faultString;
  }
}
