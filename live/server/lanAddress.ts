/** The address phones on the same network use: the first non-internal IPv4 address, else loopback. */
import { networkInterfaces } from 'node:os'

export function lanAddress(interfaces = networkInterfaces()): string {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal)
        return address.address
    }
  }
  return '127.0.0.1'
}
