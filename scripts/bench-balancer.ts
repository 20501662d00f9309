/**
 * A round-robin TCP balancer for the bench: each client connection goes to the next app server in
 * turn, as a load balancer in front of several machines would send them. Connections are kept
 * alive by the load generator, so 50 connections over two servers are 25 each.
 */
import net from 'node:net';

export function startBalancer(port: number, backends: number[]): Promise<net.Server> {
  let next = 0;
  const server = net.createServer((client) => {
    const backend = backends[next++ % backends.length]!;
    const upstream = net.connect(backend, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
