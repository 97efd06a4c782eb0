import { configure } from '@testing-library/dom';

// findBy and waitFor give up after 1 s by default; CI machines are shared and at times slow
// enough to miss that while a large form renders. Waiting longer only slows a failing test.
configure({ asyncUtilTimeout: 5_000 });
