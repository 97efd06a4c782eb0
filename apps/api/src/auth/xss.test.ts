import {
  collectText,
  contentTypeKeys,
  contentTypes,
  type Path,
  renderInlineMarkdown,
  renderMarkdown,
} from '@peer-toolkit/core';
import { loadDefaultBundle } from '@peer-toolkit/core/content';
import fc from 'fast-check';
import request, { type Response } from 'supertest';
import { describe, expect, it } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { useAdminTestApp } from '../testing/use-test-app.js';

/** Single-line, so they fit plain-text fields too; none starts or ends with white space. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '<svg onload=alert(1)>',
  '[x](JaVaScRiPt:alert(document.cookie))',
  '<a href="javascript:alert(1)">link</a>',
  '<javascript:alert(1)>',
  '[x](&#106;avascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](//evil.example/steal)',
  '[x](jаvascript:alert(1))', // Cyrillic а
  'x\u202E<script>alert(1)</script>', // right-to-left override
  '＜script＞alert(1)＜／script＞', // full-width brackets
  '<scr\u200Bipt>alert(1)</scr\u200Bipt>', // zero-width space
  'x\u0000<img src=x onerror=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<b onmouseover=alert(1)>hover</b>',
  '`<script>alert(1)</script>`',
  '<!--<script>alert(1)</script>-->',
  "' onfocus='alert(1)' autofocus='",
  '{{constructor.constructor("alert(1)")()}}',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  // Short enough for 20-character fields.
  '<script>',
  '"><svg/onload=1>',
  '<b onclick=1>',
  '[x](javascript:1)',
];

/** Fields whose format leaves no room for markup; anything else must take a payload. */
const FORMATTED_FIELDS = new Set(['doi']);

const ALLOWED_TAGS = new Set(
  'p a em strong code pre ul ol li blockquote h1 h2 h3 h4 h5 h6 hr br s table thead tbody tr th td'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'start', 'class', 'style']);
// An empty href, from "[x]()", points at the page itself.
const SAFE_HREF = /^(?:https?:|mailto:|\/(?!\/)|#|$)/i;

const decodeEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * What in rendered HTML could run script. markdown-it escapes every "<" in text, so each "<" in
 * its output opens a tag it made; each must be an allowed tag with allowed, safe attributes.
 */
function liveHtml(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, name = '', attributes = ''] of html.matchAll(/<\/?([^\s>/]*)([^>]*)>?/g)) {
    if (!ALLOWED_TAGS.has(name)) problems.push(`tag ${tag}`);
    for (const [, attribute = '', value = ''] of attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute) || /^on/i.test(attribute))
        problems.push(`attribute ${attribute} in ${tag}`);
      if (attribute === 'href' && !SAFE_HREF.test(decodeEntities(value).trim()))
        problems.push(`href ${value}`);
      if (attribute === 'style' && !/^text-align:(left|right|center)$/.test(value))
        problems.push(`style ${value}`);
    }
  }
  if (/<script/i.test(html)) problems.push('<script');
  return problems;
}

function setAt(target: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce((node, key) => (node as never)[key], target);
  (parent as Record<string | number, unknown>)[path.at(-1) as string | number] = value;
}

const bundle = loadDefaultBundle();
const { testApp, admin } = useAdminTestApp({ roles: ['admin'] });

function expectSafeJson(res: Response, type: 'application/json' | 'application/problem+json') {
  expect(res.headers['content-type']).toBe(`${type}; charset=utf-8`);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
}

describe.each(contentTypeKeys)('XSS payloads in every text field of %s', (key) => {
  const type = contentTypes[key];
  const original = (bundle[key] as { id: string }[])[0] as Record<string, unknown> & { id: string };
  const adminPath = `/admin/content/${type.path}/${original.id}`;
  const planted = new Map<string, string>();

  it('are stored byte for byte as text', async () => {
    const current = await admin.send('get', adminPath);
    expect(current.status).toBe(200);
    const content = structuredClone(current.body.content) as Record<string, unknown>;
    const fields = collectText(type.schema, content);
    expect(fields.length).toBeGreaterThan(0);
    const skipped: string[] = [];
    fields.forEach(({ path }, index) => {
      const rotated = [...PAYLOADS.slice(index % PAYLOADS.length), ...PAYLOADS];
      // Long fields get every payload at once; short ones the first that fits.
      const candidates = [PAYLOADS.join(' '), ...rotated];
      const previous = structuredClone(content);
      const fits = candidates.find((payload) => {
        setAt(content, path, payload);
        return type.schema.safeParse(content).success;
      });
      if (fits === undefined) {
        Object.assign(content, previous);
        skipped.push(String(path.at(-1)));
      } else planted.set(JSON.stringify(path), fits);
    });
    expect(skipped.filter((field) => !FORMATTED_FIELDS.has(field))).toEqual([]);

    const saved = await admin.send(
      'put',
      adminPath,
      { content },
      {
        'If-Match': String(current.headers.etag),
      },
    );
    expect(saved.status, saved.text).toBe(200);
    const reread = await admin.send('get', adminPath);
    expectSafeJson(reread, 'application/json');
    for (const { path, text } of collectText(type.schema, reread.body.content)) {
      expect(text, path.join('.')).toBe(planted.get(JSON.stringify(path)));
    }
    expect(collectText(type.schema, reread.body.content)).toHaveLength(planted.size);

    const published = await admin.send('post', `${adminPath}/publish`, undefined, {
      'If-Match': String(reread.headers.etag),
    });
    expect(published.status, published.text).toBe(200);
  });

  it('come back from the public API as JSON, exactly as saved, marked nosniff', async () => {
    expect(planted.size).toBeGreaterThan(0);
    // The second read is answered from the response cache, before Express.
    for (let read = 0; read < 2; read += 1) {
      const res = await request(testApp.app)
        .get(`/api/v1/${type.path}/${original.id}`)
        .set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expectSafeJson(res, 'application/json');
      const texts = collectText(type.schema, JSON.parse(res.text));
      expect(texts).toHaveLength(planted.size);
      for (const { path, text } of texts)
        expect(text, path.join('.')).toBe(planted.get(JSON.stringify(path)));
    }
  });

  it('never render to live HTML', () => {
    for (const text of planted.values()) {
      expect(liveHtml(renderMarkdown(text)), text).toEqual([]);
      expect(liveHtml(renderInlineMarkdown(text)), text).toEqual([]);
    }
  });
});

describe('renderMarkdown', () => {
  it('keeps safe Markdown working, so the checks above can tell', () => {
    const html = renderMarkdown('**Bold** and [a link](https://example.org/) and [home](/topics)');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<a href="https://example.org/">a link</a>');
    expect(liveHtml(html)).toEqual([]);
    expect(liveHtml('<p><a href="javascript:alert(1)" onclick="x">x</a><img src="x"></p>')).toEqual(
      [
        'href javascript:alert(1)',
        'attribute onclick in <a href="javascript:alert(1)" onclick="x">',
        'tag <img src="x">',
        'attribute src in <img src="x">',
      ],
    );
  });

  it('never produces live HTML from any mix of markup fragments', () => {
    const fragment = fc.constantFrom(
      ...['<', '>', '/', '"', "'", '=', ' ', '\n', '`', '*', '[', ']', '(', ')', '!', '&#106;'],
      ...['script', 'img', 'svg', 'a href', 'onerror', 'onload', 'javascript:', 'data:', 'x'],
      ...['alert(1)', '&', '#', ':', '\\', '<!--', '-->', '![x](', 'http://', '\u202E', '\t'],
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string()), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expect(liveHtml(renderMarkdown(source))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('problem responses', () => {
  const payload = '<script>alert(1)</script>';
  const encoded = encodeURIComponent(payload);

  it.each([
    ['an unknown published item', 'get', `/api/v1/topics/${encoded}`, 404],
    ['an unknown path', 'get', `/api/v1/${encodeURIComponent('<svg onload=alert(1)>')}`, 404],
    ['a malformed address', 'get', `/api/v1/topics/${encoded}%E0%A4%A`, 400],
    ['a wrong method', 'delete', '/api/v1/topics', 405],
  ] as const)('for %s are problem JSON, never HTML', async (_label, method, path, status) => {
    const res = await request(testApp.app)[method](path).set('Accept', 'text/html');
    expect(res.status).toBe(status);
    expectSafeJson(res, 'application/problem+json');
    expect(() => JSON.parse(res.text)).not.toThrow();
  });

  it('for admin requests carrying payloads are problem JSON too', async () => {
    const notFound = await admin.send('get', `/admin/content/topics/${encoded}`);
    expectProblem(notFound, 404, 'NOT_FOUND');
    expectSafeJson(notFound, 'application/problem+json');

    const invalid = await admin.send('post', '/admin/content/topics', {
      content: { id: payload, title: payload },
    });
    expectProblem(invalid, 422, 'VALIDATION_FAILED');
    expectSafeJson(invalid, 'application/problem+json');

    const malformed = await request(testApp.app)
      .post('/api/v1/admin/auth/sign-in')
      .set('Origin', 'http://127.0.0.1:4000')
      .set('x-requested-with', 'peer-toolkit')
      .set('Content-Type', 'application/json')
      .send(`{"email": "${payload}`);
    expectProblem(malformed, 400, 'MALFORMED_REQUEST');
    expectSafeJson(malformed, 'application/problem+json');
    expect(malformed.text).not.toContain(payload);
  });
});
