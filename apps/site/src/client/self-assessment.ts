// Enhancement for the self-assessment page: added later; the page works without it.
export {};
