import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'
import { ClaimtrailError } from '../errors.js'

/**
 * Whether an address is on the public internet. Loopback, private, link-local, carrier NAT, multicast,
 * reserved and unspecified ranges are not: a fetch that reaches them could read the operator's own network.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  return ipaddr.process(address).range() === 'unicast'
}

export const refusedAddress = (host: string, address: string) =>
  new ClaimtrailError('forbidden', `refusing to fetch ${host}: it resolves to ${address}, a private or loopback address (the operator can allow it with --allow-private or CLAIMTRAIL_ALLOW_PRIVATE_FETCH=1)`)

/**
 * A DNS lookup for http.request that refuses non-public answers. Checking at connect time, on the
 * address actually dialled, leaves no gap between a check and a second lookup (DNS rebinding).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '', 0)
      const addresses = found as LookupAddress[]
      const bad = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address))
      if (bad) return callback(refusedAddress(hostname, bad.address) as unknown as NodeJS.ErrnoException, '', 0)
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}

/** A host written as an IP address is never looked up, so it is checked here. */
export function checkLiteralHost(hostname: string, allowPrivate: boolean): void {
  const bare = hostname.replace(/^\[|\]$/g, '')
  if (!allowPrivate && ipaddr.isValid(bare) && !isPublicAddress(bare)) throw refusedAddress(hostname, bare)
}
