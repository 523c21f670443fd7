/** Every way a guarded remote fetch ends without bytes; `code` is stable for import reports. */
export class SafeFetchError extends Error {
  readonly code: string;
  readonly url: string;

  constructor(code: string, url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.url = url;
  }
}

/** Not an absolute http(s) URL, or one carrying credentials. */
export class UnsupportedUrlError extends SafeFetchError {
  constructor(url: string, reason: string) {
    super("UNSUPPORTED_URL", url, `Cannot fetch ${url}: ${reason}`);
  }
}

/** The host is (or resolves to) an address that is not public: loopback, private, metadata, … */
export class RefusedAddressError extends SafeFetchError {
  readonly address: string;

  constructor(url: string, address: string) {
    super("REFUSED_ADDRESS", url, `Refused to fetch ${url}: ${address} is not a public address`);
    this.address = address;
  }
}

/** The host name did not resolve, or the connection failed. */
export class NetworkError extends SafeFetchError {
  constructor(url: string, cause: unknown) {
    super("NETWORK", url, `Could not fetch ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export class TimeoutError extends SafeFetchError {
  constructor(url: string, timeoutMs: number) {
    super("TIMEOUT", url, `Fetching ${url} took longer than ${timeoutMs} ms`);
  }
}

/** The body is (or announces to be) larger than allowed; the download was stopped there. */
export class TooLargeError extends SafeFetchError {
  readonly maxBytes: number;

  constructor(url: string, maxBytes: number) {
    super("TOO_LARGE", url, `${url} is larger than ${maxBytes} bytes`);
    this.maxBytes = maxBytes;
  }
}

export class TooManyRedirectsError extends SafeFetchError {
  constructor(url: string, maxRedirects: number) {
    super("TOO_MANY_REDIRECTS", url, `${url} redirected more than ${maxRedirects} times`);
  }
}

/** A final answer that is not 2xx (or a 3xx without a usable Location). */
export class HttpStatusError extends SafeFetchError {
  readonly status: number;

  constructor(url: string, status: number) {
    super("HTTP_STATUS", url, `${url} answered HTTP ${status}`);
    this.status = status;
  }
}

export class UnsupportedContentTypeError extends SafeFetchError {
  readonly contentType: string | null;

  constructor(url: string, contentType: string | null) {
    super("UNSUPPORTED_CONTENT_TYPE", url, `${url} is ${contentType ?? "of no declared type"}, which is not accepted`);
    this.contentType = contentType;
  }
}
