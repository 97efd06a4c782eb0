// Enhancement for the search page: added later; the page works without it.
export {};
