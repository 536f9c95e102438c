/**
 * How many connections the mail transport keeps open to the SMTP server, and so how many messages
 * the outbox sends at once. Five is what most providers allow one client without throttling.
 */
export const SMTP_POOL_SIZE = 5;
