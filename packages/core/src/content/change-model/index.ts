export { conditions } from './conditions.js';
export { mechanisms } from './mechanisms.js';
export { outcomes } from './outcomes.js';
