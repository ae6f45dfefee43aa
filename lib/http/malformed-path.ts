/**
 * Whether an address's path has broken percent-encoding ("%zz", "%E0%A4%A", a lone "%"), which
 * no segment of it can be decoded from. Next.js answers such a request for a dynamic route with
 * a bare 500, as decoding the route's parameters throws before any of our code runs.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}
