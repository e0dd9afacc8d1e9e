/**
 * A link to the seed in the served app. The database may hold other plans (another test's, a
 * user's), and the app opens the first by year unless told: the browser tests name the seed.
 */
export const SEED_DOC = 'guangdong-2022-task-division';

export function seedLink(url: string, query = ''): string {
  return `${url}?doc=${SEED_DOC}${query ? `&${query.replace(/^\?/, '')}` : ''}`;
}
