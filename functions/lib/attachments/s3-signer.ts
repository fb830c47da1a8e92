/**
 * The few S3 calls the APIs and the daily job make, signed with Signature Version 4 by hand
 * (node:crypto), so that their bundles do not carry the S3 client (DESIGN §7's budget): a
 * presigned POST policy, a presigned GET, and signed PUT, GET, HEAD and DELETE of one object.
 * Credentials come from the function's own provider (the DynamoDB client's), or the local
 * server's fixed keys. Path-style on the local server, virtual-hosted on AWS.
 */
import { createHash, createHmac } from 'node:crypto';

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface S3SignerOptions {
  bucket: string;
  region: string;
  /** The local server's URL; unset on AWS. */
  endpoint?: string;
  credentials: () => Promise<S3Credentials>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986: every byte but the unreserved characters, as S3 canonicalises them. */
const encode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const encodePath = (key: string) => key.split('/').map(encode).join('/');

function stamp(now: Date) {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return { amzDate, day: amzDate.slice(0, 8) };
}

export class S3Signer {
  private readonly options: S3SignerOptions;
  constructor(options: S3SignerOptions) {
    this.options = options;
  }

  /** The object's URL, and the host and path that are signed. */
  private target(key: string) {
    const { bucket, region, endpoint } = this.options;
    const base = new URL(endpoint ?? `https://${bucket}.s3.${region}.amazonaws.com`);
    const path = `${endpoint ? `/${bucket}` : ''}/${encodePath(key)}`;
    return { url: `${base.origin}${path}`, host: base.host, path };
  }

  /** The bucket's POST URL (where a browser sends its form). */
  postUrl(): string {
    const { bucket, region, endpoint } = this.options;
    return endpoint
      ? `${new URL(endpoint).origin}/${bucket}`
      : `https://${bucket}.s3.${region}.amazonaws.com/`;
  }

  private signingKey(secret: string, day: string): Buffer {
    return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), this.options.region), 's3'), 'aws4_request');
  }

  private scope(day: string) {
    return `${day}/${this.options.region}/s3/aws4_request`;
  }

  /** A presigned POST for one key: the policy S3 enforces (the local server does not). */
  async presignPost(
    key: string,
    conditions: unknown[],
    fields: Record<string, string>,
    expiresSeconds: number,
    now = new Date(),
  ): Promise<{ url: string; fields: Record<string, string> }> {
    const credentials = await this.options.credentials();
    const { amzDate, day } = stamp(now);
    const signed: Record<string, string> = {
      ...fields,
      bucket: this.options.bucket,
      key,
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `${credentials.accessKeyId}/${this.scope(day)}`,
      'X-Amz-Date': amzDate,
      ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
    };
    const policy = Buffer.from(
      JSON.stringify({
        expiration: new Date(now.getTime() + expiresSeconds * 1000).toISOString(),
        conditions: [...Object.entries(signed).map(([name, value]) => ({ [name]: value })), ...conditions],
      }),
    ).toString('base64');
    const signature = createHmac('sha256', this.signingKey(credentials.secretAccessKey, day))
      .update(policy)
      .digest('hex');
    return { url: this.postUrl(), fields: { ...signed, Policy: policy, 'X-Amz-Signature': signature } };
  }

  /** A GET link valid for `expiresSeconds`, with the response headers S3 should send. */
  async presignGet(
    key: string,
    expiresSeconds: number,
    response: Record<string, string> = {},
    now = new Date(),
  ): Promise<string> {
    const credentials = await this.options.credentials();
    const { amzDate, day } = stamp(now);
    const { url, host, path } = this.target(key);
    const query: Record<string, string> = {
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `${credentials.accessKeyId}/${this.scope(day)}`,
      'X-Amz-Date': amzDate,
      'X-Amz-Expires': String(expiresSeconds),
      ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
      'X-Amz-SignedHeaders': 'host',
      ...response,
    };
    const canonicalQuery = Object.keys(query)
      .sort()
      .map((name) => `${encode(name)}=${encode(query[name]!)}`)
      .join('&');
    const canonical = ['GET', path, canonicalQuery, `host:${host}\n`, 'host', 'UNSIGNED-PAYLOAD'].join('\n');
    const toSign = ['AWS4-HMAC-SHA256', amzDate, this.scope(day), sha256(canonical)].join('\n');
    const signature = createHmac('sha256', this.signingKey(credentials.secretAccessKey, day))
      .update(toSign)
      .digest('hex');
    return `${url}?${canonicalQuery}&X-Amz-Signature=${signature}`;
  }

  /** One signed request on one object (header authorization). */
  async request(
    method: 'GET' | 'HEAD' | 'PUT' | 'DELETE',
    key: string,
    body?: Uint8Array,
    contentType?: string,
  ): Promise<Response> {
    const credentials = await this.options.credentials();
    const { amzDate, day } = stamp(new Date());
    const { url, host, path } = this.target(key);
    const headers: Record<string, string> = {
      host,
      'x-amz-content-sha256': sha256(body ?? ''),
      'x-amz-date': amzDate,
      ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    };
    const names = Object.keys(headers).sort();
    const canonical = [
      method,
      path,
      '',
      names.map((n) => `${n}:${headers[n]}\n`).join(''),
      names.join(';'),
      headers['x-amz-content-sha256'],
    ].join('\n');
    const toSign = ['AWS4-HMAC-SHA256', amzDate, this.scope(day), sha256(canonical)].join('\n');
    const signature = createHmac('sha256', this.signingKey(credentials.secretAccessKey, day))
      .update(toSign)
      .digest('hex');
    const { host: _host, ...sent } = headers;
    return fetch(url, {
      method,
      headers: {
        ...sent,
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${this.scope(day)}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
      },
      ...(body ? { body: Buffer.from(body) } : {}),
    });
  }
}
