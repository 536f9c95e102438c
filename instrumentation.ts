// Runs once when the server starts. The modules are imported inside the Node.js branch so the
// edge bundle never sees the database, the mail transport or node:http.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { MissingConfigError, serverConfig } = await import("@/lib/config/server-config");
    const { InvalidConfigError } = await import("@/lib/config/security-config");
    try {
      serverConfig();
    } catch (error) {
      // A deployment without its secrets, or with a setting it cannot use, must not start half-configured.
      if (error instanceof MissingConfigError || error instanceof InvalidConfigError) {
        console.error(`Biweekly cannot start: ${error.message}`);
        process.exit(1);
      }
      throw error;
    }
    const { stampPeerAddresses } = await import("@/lib/mailbox/stamp-peer-addresses");
    stampPeerAddresses();
    if (process.env.SCHEDULER !== "external") {
      const { startDeliveryTicker } = await import("@/lib/delivery/ticker");
      startDeliveryTicker();
    }
  }
}
