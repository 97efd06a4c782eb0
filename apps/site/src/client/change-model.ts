// Enhancement for the change-model page: added later; the page works without it.
export {};
