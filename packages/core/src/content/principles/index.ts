export { contexts } from './contexts.js';
export { principleSets } from './principle-sets.js';
