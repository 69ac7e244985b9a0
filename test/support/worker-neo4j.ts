/**
 * Runs before each integration test file: points NEO4J_URI at this jest
 * worker's own Neo4j (started by global-setup.ts), so files on different
 * workers never reset or count each other's graph. With NEO4J_URI set by the
 * user there is one shared database and jest runs one file at a time.
 */
const own = process.env[`ESTATE_TEST_NEO4J_URI_${process.env.JEST_WORKER_ID ?? '1'}`];
if (own) process.env.NEO4J_URI = own;
