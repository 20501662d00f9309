export const TWO_SERVERS_PASSWORD = 'dua-server-rahasia-2026';
export const TWO_SERVERS_PIN = '582917';
export const TWO_SERVERS_WRONG_PIN = '111111';
/** Every passenger's opening balance. */
export const TWO_SERVERS_OPENING = 1_000_000;
