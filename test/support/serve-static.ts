// A loopback HTTP server for browser tests: answers each path from a fixed table, 404 otherwise.
import { createServer, type Server } from 'node:http';

/** Path → [content type, body]. */
export type StaticFiles = Record<string, [string, string | Buffer]>;

/** Starts the server on 127.0.0.1 and a free port; answers it and its origin. */
export async function serveStatic(
  files: StaticFiles,
  headers: Record<string, string> = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], ...headers }).end(file[1]);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}
