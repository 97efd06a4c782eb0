// Enhancement for the shared-expectations page: added later; the page works without it.
export {};
