// A real nats-server for the tests (`.ci/run` installs Debian's): the one `npm run start:split` starts.
export { type NatsServer, startNatsServer } from '../../src/app/split/nats-server.js';
