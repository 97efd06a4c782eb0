// The large case: signs in to the editorial API and fills one content type (topics) with
// generated items through the import endpoint, as an organisation bringing in its own would.

/** The query the filter measure types; it matches one seeded topic and a few generated ones. */
export const FILTER_QUERY = 'supervision';

const FOCUSES = [
  'Induction',
  'Recruitment panels',
  'Job descriptions',
  'Pay bands',
  'Reflective practice',
  'Peer mentoring',
  'Line management',
  'Team briefings',
  'Role boundaries',
  'Sharing lived experience',
  'Sickness absence',
  'Reasonable adjustments',
  'Career progression',
  'Training budgets',
  'Risk assessment',
  'Record keeping',
  'Co-production',
  'Volunteer pathways',
  'Service user involvement',
  'Caseload planning',
  'Lone working',
  'Handover meetings',
  'Wellbeing plans',
  'Appraisals',
  'Exit interviews',
];
const GROUPS = [
  'peer workers',
  'team managers',
  'clinical leads',
  'occupational therapists',
  'nurses',
  'psychiatrists',
  'commissioners',
  'volunteers',
  'carers',
  'housing officers',
  'social workers',
  'HR advisers',
  'trainers',
  'people using services',
  'family members',
  'charity trustees',
  'ward staff',
  'crisis teams',
  'student peer workers',
  'senior peer workers',
];
const SETTINGS = [
  'inpatient wards',
  'community teams',
  'crisis houses',
  'early intervention services',
  'forensic services',
  'voluntary sector partnerships',
  'recovery colleges',
  'primary care',
  'perinatal services',
  'student services',
];
const AUTHORS = [
  'amira.editor@example.org',
  'ben.publisher@example.org',
  'chloe.editor@example.org',
];
/** Every thousandth generated title names the filter query, so a search finds a handful. */
const QUERY_FOCUS = 'Supervision rotas';
const BATCH_SIZE = 1_000;

const kebab = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Item `index` of the generated set: a distinct title (every focus, group and setting combined
 * once), a summary, and the findings, questions and evidence of a seeded topic, so each item is as
 * large as real content and its references resolve. Statuses follow `index % 10`: six published,
 * two drafts, one published with a newer draft, one draft waiting for review.
 */
function generateTopic(index, templates, exportedAt) {
  const focus = index % 1_000 === 500 ? QUERY_FOCUS : FOCUSES[index % FOCUSES.length];
  const group = GROUPS[Math.floor(index / FOCUSES.length) % GROUPS.length];
  const setting = SETTINGS[Math.floor(index / (FOCUSES.length * GROUPS.length)) % SETTINGS.length];
  const title = `${focus} for ${group} in ${setting}`;
  const id = `${kebab(title).slice(0, 70).replace(/-$/, '')}-${index + 1}`;
  const template = templates[index % templates.length];
  const content = {
    ...template,
    id,
    slug: id,
    order: index % 1_000,
    title,
    summary:
      `${focus} works differently for ${group} in ${setting}. ` +
      `Agree who is responsible for it before the first peer worker starts, and review it ` +
      `together after three months. Note ${index + 1} of the local guidance.`,
  };
  const kind = index % 10;
  const author = AUTHORS[index % AUTHORS.length];
  const createdAt = new Date(Date.parse(exportedAt) - (index + 1) * 3_600_000).toISOString();
  const revisions = [{ number: 1, content, author, createdAt, note: null }];
  if (kind === 8) {
    revisions.push({
      number: 2,
      content: { ...content, summary: `${content.summary} Updated after the team's review.` },
      author: AUTHORS[(index + 1) % AUTHORS.length],
      createdAt: new Date(Date.parse(createdAt) + 1_800_000).toISOString(),
      note: null,
    });
  }
  return {
    collection: 'topics',
    id,
    createdAt,
    deletedAt: null,
    inReview: kind === 9,
    wasPublished: false,
    publishedRevision: kind <= 5 || kind === 8 ? 1 : null,
    revisions,
  };
}

/** Signs in through the API; the session cookie (`name=value`) authorises later requests. */
export async function signIn(origin, { email, password }) {
  const response = await fetch(`${origin}/api/v1/admin/auth/sign-in`, {
    method: 'POST',
    headers: adminHeaders(origin),
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) {
    throw new Error(`Signing in failed: ${response.status} ${await response.text()}`);
  }
  const [cookie] = response.headers.getSetCookie();
  if (!cookie) throw new Error('Signing in set no session cookie');
  return cookie.split(';')[0];
}

/** The admin app's own request headers: the API refuses changes without its Origin and marker. */
function adminHeaders(origin, cookie) {
  return {
    accept: 'application/json',
    'content-type': 'application/json',
    origin,
    'x-requested-with': 'peer-toolkit',
    ...(cookie ? { cookie } : {}),
  };
}

async function callApi(origin, cookie, method, path, body) {
  const response = await fetch(`${origin}/api/v1${path}`, {
    method,
    headers: adminHeaders(origin, cookie),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 2_000)}`);
  return JSON.parse(text);
}

/** How many items there are in all, and of them topics, from an export of everything. */
export async function countItems(origin, cookie) {
  const { items } = await callApi(origin, cookie, 'GET', '/admin/export');
  return {
    items: items.length,
    topics: items.filter((item) => item.collection === 'topics').length,
  };
}

/**
 * Adds generated topics until there are `total`, in batches that stay under the import's body
 * limit (each item carries a real topic's findings, about 5 KB). Items missing from a document
 * are left alone, so each batch holds only new items.
 */
export async function addGeneratedTopics({ origin, cookie, total, log }) {
  const exported = await callApi(origin, cookie, 'GET', '/admin/export');
  const seeded = exported.items.filter((item) => item.collection === 'topics');
  const templates = seeded.map((item) => item.revisions.at(-1).content);
  const wanted = total - seeded.length;
  for (let start = 0; start < wanted; start += BATCH_SIZE) {
    const count = Math.min(BATCH_SIZE, wanted - start);
    const items = Array.from({ length: count }, (_, offset) =>
      generateTopic(start + offset, templates, exported.exportedAt),
    );
    const document = { ...exported, items };
    const report = await callApi(origin, cookie, 'POST', '/admin/import', {
      document,
      dryRun: false,
    });
    if (report.created.length !== count) {
      throw new Error(`The import created ${report.created.length} of ${count} topics`);
    }
    log(`Imported topics ${start + 1}–${start + count} of ${wanted}`);
  }
}
