/** Sent as `x-ams-sandbox` on every response so a client log shows which simulator answered. */
export const SANDBOX_VERSION = 'antom-autodebit-sandbox/0.1.0';
