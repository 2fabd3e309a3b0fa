import { classifyAddress } from './address-verdict';

describe('classifyAddress', () => {
  it.each([
    // public unicast
    ['8.8.8.8', 'public'],
    ['151.101.1.69', 'public'],
    ['172.15.0.1', 'public'],
    ['172.32.0.1', 'public'],
    ['2606:4700::1111', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['::ffff:808:808', 'public'],
    // loopback: the caller decides
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    // IPv4-mapped IPv6 is judged as its IPv4 address, in every spelling
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['::ffff:a9fe:a9fe', 'blocked'],
    ['::ffff:a00:1', 'blocked'],
    ['::ffff:c0a8:101', 'blocked'],
    ['::ffff:10.0.0.1', 'blocked'],
    // IPv4 special ranges
    ['0.0.0.0', 'blocked'],
    ['0.1.2.3', 'blocked'],
    ['10.1.2.3', 'blocked'],
    ['100.64.0.1', 'blocked'],
    ['169.254.169.254', 'blocked'],
    ['172.16.0.1', 'blocked'],
    ['172.31.255.255', 'blocked'],
    ['192.0.0.1', 'blocked'],
    ['192.0.2.1', 'blocked'],
    ['192.168.1.1', 'blocked'],
    ['198.18.0.1', 'blocked'],
    ['224.0.0.1', 'blocked'],
    ['240.0.0.1', 'blocked'],
    ['255.255.255.255', 'blocked'],
    // IPv6 forms that carry an IPv4 address to a translator or tunnel
    ['::ffff:0:7f00:1', 'blocked'], // IPv4-translated
    ['64:ff9b::7f00:1', 'blocked'], // NAT64
    ['64:ff9b::808:808', 'blocked'],
    ['64:ff9b:1::a00:1', 'blocked'], // local-use NAT64
    ['2002:7f00:1::', 'blocked'], // 6to4
    ['2002:808:808::1', 'blocked'],
    ['2001::1', 'blocked'], // Teredo
    ['::7f00:1', 'blocked'], // IPv4-compatible, ::/96
    ['::a9fe:a9fe', 'blocked'],
    ['::127.0.0.1', 'blocked'],
    // IPv6 special ranges
    ['::', 'blocked'],
    ['fc00::1', 'blocked'],
    ['fd12:3456::1', 'blocked'],
    ['fe80::1', 'blocked'],
    ['fe80::1%eth0', 'blocked'],
    ['fec0::1', 'blocked'],
    ['ff02::1', 'blocked'],
    ['100::1', 'blocked'],
    ['2001:db8::1', 'blocked'],
    // not an address as the system reads one
    ['not-an-ip', 'blocked'],
    ['127.1', 'blocked'],
    ['2130706433', 'blocked'],
    ['', 'blocked'],
  ])('%s is %s', (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });
});
