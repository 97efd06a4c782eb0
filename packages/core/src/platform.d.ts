// Core runs in Node and in browsers, so it compiles against neither's type library. These globals
// exist in both (Node 17+, every current browser).
declare function structuredClone<T>(value: T): T;
