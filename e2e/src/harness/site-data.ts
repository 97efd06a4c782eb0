/**
 * What the seeded site holds, read the way a visitor's browser would (the sitemap, plain GET
 * forms) or from the public API, so the tests follow the content instead of hard-coding it.
 */

interface Questionnaire {
  topics: { id: string }[];
  questions: { id: string; topicId: string }[];
}

export interface ExpectationsQuestionnaire {
  questions: { id: string; statement: string; order: number }[];
  groups: { id: string; label: string }[];
  scale: { options: { value: number; label: string }[]; notSureLabel: string };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Every path the site's sitemap lists, such as "/" and "/topics/training". */
export async function readSitemapPaths(siteUrl: string): Promise<string[]> {
  const xml = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1] ?? '');
    return `${url.pathname}${url.search}`;
  });
  if (paths.length === 0) throw new Error('The sitemap lists no pages');
  return paths;
}

export function readReadinessQuestionnaire(apiUrl: string): Promise<Questionnaire> {
  return getJson(`${apiUrl}/api/v1/assessment/readiness`);
}

export function readExpectationsQuestionnaire(apiUrl: string): Promise<ExpectationsQuestionnaire> {
  return getJson(`${apiUrl}/api/v1/assessment/expectations`);
}

/** How many steps the self-assessment has: one per topic that has questions. */
export async function countReadinessSteps(apiUrl: string): Promise<number> {
  const { topics, questions } = await readReadinessQuestionnaire(apiUrl);
  return topics.filter((topic) => questions.some((question) => question.topicId === topic.id))
    .length;
}

/** Follows one redirect of a GET form and returns the share code in the address it leads to. */
async function codeFromRedirect(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status >= 400 || !location) {
    throw new Error(`${url} answered ${response.status} without a redirect`);
  }
  const code = new URL(location, url).searchParams.get('code');
  if (!code) throw new Error(`${url} redirected to ${location}, which holds no code`);
  return code;
}

/**
 * A real readiness share code, made by sending every step's form as a browser without
 * JavaScript would. Answers cycle through the scale so the results have an action plan.
 */
export async function makeReadinessCode(siteUrl: string, apiUrl: string): Promise<string> {
  const { questions } = await readReadinessQuestionnaire(apiUrl);
  const steps = await countReadinessSteps(apiUrl);
  const fields = new URLSearchParams();
  questions.forEach((question, index) => {
    fields.set(`answer-${question.id}`, String(index % 5));
  });
  let code = '';
  for (let step = 1; step <= steps; step += 1) {
    fields.set('code', code);
    fields.set('go', 'next');
    code = await codeFromRedirect(`${siteUrl}/self-assessment/step/${step}/answers?${fields}`);
  }
  return code;
}

/** A real shared expectations share code, from the answer form sent without JavaScript. */
export async function makeExpectationsCode(
  siteUrl: string,
  { group, answers }: { group: string; answers: Record<string, number> },
): Promise<string> {
  const fields = new URLSearchParams({ group });
  for (const [id, value] of Object.entries(answers)) fields.set(`answer-${id}`, String(value));
  return codeFromRedirect(`${siteUrl}/shared-expectations/answers?${fields}`);
}

/** The compare form's query for these people, as pressing "Compare expectations" sends it. */
export function compareQuery(people: readonly { label: string; code: string }[]): string {
  const fields = new URLSearchParams({ rows: String(Math.max(4, people.length)) });
  people.forEach((person, index) => {
    fields.set(`label-${index + 1}`, person.label);
    fields.set(`code-${index + 1}`, person.code);
  });
  fields.set('action', 'compare');
  return fields.toString();
}
