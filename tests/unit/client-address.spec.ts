import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addressKey, clientAddress } from '../../src/lib/server/http/client-address';

describe('addressKey', () => {
	it.each([
		['203.0.113.7', '203.0.113.7'],
		['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
		['2001:DB8:1:2::9', '2001:db8:1:2::/64'],
		['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
		['::1', '0:0:0:0::/64'],
		['fe80::1%eth0', 'fe80:0:0:0::/64'],
		['::ffff:192.0.2.1', '192.0.2.1'],
		['::ffff:c000:0201', '192.0.2.1'],
		['2001:db8::', '2001:db8:0:0::/64']
	])('%s counts as %s', (address, key) => {
		expect(addressKey(address)).toBe(key);
	});

	it('every address in one /64 shares a key; the next /64 does not', () => {
		const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
		fc.assert(
			fc.property(
				fc.array(hextet, { minLength: 8, maxLength: 8 }),
				fc.array(hextet, { minLength: 4, maxLength: 4 }),
				(a, low) => {
					const prefix = a.slice(0, 4);
					const one = addressKey([...prefix, ...a.slice(4)].join(':'));
					expect(addressKey([...prefix, ...low].join(':'))).toBe(one);
					const other = [
						...prefix.slice(0, 3),
						((parseInt(prefix[3]!, 16) + 1) % 0x10000).toString(16)
					];
					expect(addressKey([...other, ...low].join(':'))).not.toBe(one);
				}
			)
		);
	});
});

describe('clientAddress', () => {
	it('a request without the proxy header is a 400, not a 500', () => {
		const event = {
			getClientAddress: () => {
				throw new Error(
					'Address header was specified with ADDRESS_HEADER=x-forwarded-for but is absent from request'
				);
			}
		};
		expect(() => clientAddress(event)).toThrow(expect.objectContaining({ status: 400 }));
	});

	it('passes the address through otherwise', () => {
		expect(clientAddress({ getClientAddress: () => '198.51.100.2' })).toBe('198.51.100.2');
	});
});
