// The Mocha globals that @web/test-runner provides in the browser, for type checking the tests
// of the UI pieces (@types/mocha is not a dependency). Function declarations, so another file
// declaring the same functions merges with these instead of clashing.
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<unknown>): void;
declare function before(body: () => void | Promise<unknown>): void;
declare function after(body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;
