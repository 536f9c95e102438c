import { describeSearchUpdates } from "./search-updates-cases";

// PostgreSQL: the tsvector GIN index.
describeSearchUpdates();
