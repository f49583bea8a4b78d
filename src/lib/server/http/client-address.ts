// The client's address as the throttles should count it. One IPv6 subscriber is usually given a
// whole /64 (RFC 6177; IPv6 privacy addresses rotate inside it), so a per-address limit keyed on
// the full address is no limit at all: IPv6 addresses count by their first 64 bits, IPv4 (and
// IPv4-mapped IPv6) by the whole address (OWASP Authentication Cheat Sheet, "Protect against
// automated attacks").
import { error, type RequestEvent } from '@sveltejs/kit';
import { isIPv4, isIPv6 } from 'node:net';

/** The 8 hextets of an IPv6 address (zone id dropped), or null when it is not one. */
function hextets(address: string): string[] | null {
	const bare = address.split('%')[0]!;
	if (!isIPv6(bare)) return null;
	let text = bare.toLowerCase();
	// A trailing dotted quad (::ffff:1.2.3.4) becomes two hextets.
	const quad = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
	if (quad) {
		const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
		text =
			text.slice(0, quad.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
	}
	const [head, tail] = text.split('::') as [string, string | undefined];
	const left = head ? head.split(':') : [];
	const right = tail === undefined ? [] : tail ? tail.split(':') : [];
	const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
	return [...left, ...fill, ...right].map((h) => parseInt(h, 16).toString(16));
}

/** What a per-address limit counts: an IPv4 address, or an IPv6 /64 prefix (`2001:db8:0:1::/64`). */
export function addressKey(address: string): string {
	if (isIPv4(address)) return address;
	const h = hextets(address);
	if (!h) return address;
	if (h.slice(0, 5).every((x) => x === '0') && h[5] === 'ffff') {
		const [hi, lo] = [parseInt(h[6]!, 16), parseInt(h[7]!, 16)];
		return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
	}
	return `${h.slice(0, 4).join(':')}::/64`;
}

/**
 * The client's address. With ADDRESS_HEADER set, adapter-node throws when a request lacks that
 * header (it did not come through the proxy): that is the client's mistake, a 400, not a 500.
 */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		error(400, 'This request did not come through the expected proxy.');
	}
}
