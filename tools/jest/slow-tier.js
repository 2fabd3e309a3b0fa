// Integration and end-to-end tests start servers and processes: give them room.
// (testTimeout is a global-only Jest option, so each slow tier sets it here.)
jest.setTimeout(180000);
