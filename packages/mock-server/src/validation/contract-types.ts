/** The parts of an OpenAPI 3.1 document that the mock backend reads. */
export interface ContractDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** One parameter of an operation, as written in the contract. */
export interface ContractParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

/** One operation of the contract with what the mock needs to enforce it. */
export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: ContractParameter[];
  bodySchema?: Record<string, unknown>;
  bodyRequired: boolean;
  /** The media types the request body lists (none when the operation takes no body). */
  bodyMediaTypes: string[];
  /** The largest body accepted: `x-max-body-bytes`, else the contract's default of 64 kB. */
  maxBodyBytes: number;
  security: Array<Record<string, unknown>>;
  section?: string;
  features: string[];
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}
