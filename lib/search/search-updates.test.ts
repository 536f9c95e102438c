import { describeSearchUpdates } from "./search-updates-cases";

// SQLite: the FTS5 index.
describeSearchUpdates();
