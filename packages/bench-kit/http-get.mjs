// A plain GET that reports what crossed the wire, for capturing and checking servers' answers.
import { request } from 'node:http';

/**
 * @typedef {object} Answer
 * @property {number | undefined} status
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {Buffer} body the body as sent: not decompressed
 * @property {number} wireBytes everything the server sent: status line, headers, chunk framing
 *   and body
 */

/**
 * A GET on a connection of its own, so `wireBytes` counts this answer only. Without `headers` it
 * sends only Host and Connection, as autocannon does: no compression is asked for.
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<Answer>}
 */
export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
          wireBytes: res.socket.bytesRead,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.end();
  });
}
